/**
 * Finds benefits by what advisers type: card names, ids, curated aliases (`channels/teams/aliases.json`:
 * UC, PIP, AA, CA, PC...) and the `receiving` synonyms the citizen bot understands. Phrases are
 * matched as whole words after lower-casing and dropping apostrophes, longest first.
 */
import type { Knowledge } from '../../knowledge/knowledge';
import synonyms from '../../../knowledge/content/en/synonyms.json';
import { ALIASES } from './words';

/** Lower case, apostrophes dropped ("carer's" → "carers"), "&" → "and", other punctuation → spaces. */
export function norm(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9£.]+/g, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface BenefitMatch {
  /** Candidate ids, best first (several when the phrase is ambiguous, e.g. "ctr"). */
  ids: string[];
  /** Word positions [start, end) in the normalised text. */
  start: number;
  end: number;
  phrase: string;
}

export interface BenefitIndex {
  /** Every benefit named in `text`, in order, longest phrase first, non-overlapping. */
  matches(text: string): BenefitMatch[];
  /** The distinct benefit ids named in `text`, in order (first candidate of each match). */
  ids(text: string): string[];
  /** Benefits whose name, id or alias fits a search query, best first. */
  search(query: string, limit?: number): string[];
}

/** Lower rank wins when one phrase names different benefits from different sources. */
const RANK = { alias: 0, name: 1, synonym: 2, derived: 3 } as const;
const MAX_PHRASE_WORDS = 9;

const cache = new WeakMap<Knowledge, BenefitIndex>();

export function benefitIndex(kb: Knowledge): BenefitIndex {
  let index = cache.get(kb);
  if (!index) {
    index = buildIndex(kb);
    cache.set(kb, index);
  }
  return index;
}

function buildIndex(kb: Knowledge): BenefitIndex {
  const table = new Map<string, { rank: number; ids: string[] }>();
  const phrasesOf = new Map<string, Set<string>>();
  const add = (phrase: string, id: string, rank: number) => {
    const p = norm(phrase);
    if (!p || !kb.benefits.has(id)) return;
    phrasesOf.set(id, (phrasesOf.get(id) ?? new Set()).add(p));
    const cur = table.get(p);
    if (!cur || rank < cur.rank) table.set(p, { rank, ids: [id] });
    else if (rank === cur.rank && !cur.ids.includes(id)) cur.ids.push(id);
  };
  for (const [alias, ids] of Object.entries(ALIASES)) for (const id of ids) add(alias, id, RANK.alias);
  for (const [id, b] of kb.benefits) {
    add(b.name, id, RANK.name);
    add(id.replace(/-/g, ' '), id, RANK.name);
  }
  const receiving = (synonyms as Record<string, Record<string, string[]>>).receiving ?? {};
  for (const [id, phrases] of Object.entries(receiving)) for (const p of phrases) add(p, id, RANK.synonym);
  for (const [id, b] of kb.benefits) {
    const bare = b.name.replace(/\([^)]*\)/g, ' ');
    add(bare, id, RANK.derived);
    for (const m of b.name.matchAll(/\(([^)]*)\)/g)) if (m[1] && m[1].length <= 40) add(m[1], id, RANK.derived);
  }
  const order = new Map(kb.benefitIds.map((id, i) => [id, i]));
  const byOrder = (a: string, b: string) => (order.get(a) ?? 999) - (order.get(b) ?? 999);

  const matches = (text: string): BenefitMatch[] => {
    const words = norm(text).split(' ').filter(Boolean);
    const found: BenefitMatch[] = [];
    for (let i = 0; i < words.length;) {
      let hit: BenefitMatch | undefined;
      for (let n = Math.min(MAX_PHRASE_WORDS, words.length - i); n >= 1 && !hit; n--) {
        const phrase = words.slice(i, i + n).join(' ');
        const entry = table.get(phrase);
        if (entry) hit = { ids: [...entry.ids], start: i, end: i + n, phrase };
      }
      if (hit) { found.push(hit); i = hit.end; } else i++;
    }
    return found;
  };

  return {
    matches,
    ids(text) {
      const out: string[] = [];
      for (const m of matches(text)) if (m.ids[0] && !out.includes(m.ids[0])) out.push(m.ids[0]);
      return out;
    },
    search(query, limit = 10) {
      const q = norm(query);
      if (!q) return [...kb.benefits.keys()].sort(byOrder).slice(0, limit);
      const qWords = q.split(' ');
      const scored: { id: string; score: number }[] = [];
      for (const [id, b] of kb.benefits) {
        let score = 0;
        for (const p of phrasesOf.get(id) ?? []) {
          const entry = table.get(p);
          const owned = entry?.ids[0] === id ? 1 : 0.5;
          if (p === q) score = Math.max(score, 100 * owned);
          else if (p.startsWith(q)) score = Math.max(score, 80 * owned);
          else if (` ${p}`.includes(` ${q}`)) score = Math.max(score, 60 * owned);
          else if (qWords.every((w) => ` ${p}`.includes(` ${w}`))) score = Math.max(score, 40 * owned);
        }
        if (score === 0 && q.length >= 3 && ` ${norm(b.summary)}`.includes(` ${q}`)) score = 10;
        if (score > 0) scored.push({ id, score });
      }
      return scored.sort((a, b) => b.score - a.score || byOrder(a.id, b.id)).slice(0, limit).map((s) => s.id);
    },
  };
}
