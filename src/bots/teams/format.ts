/** Terse formatting for advisers: money, dates, fact values, waiting times. Framework-free. */
import type { Knowledge } from '../../knowledge/knowledge';
import type { Period } from '../../knowledge/schemas';
import type { FactId } from '../../facts/facts';
import { TERSE, WORDS } from './words';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-04-06" (or a Date) → "6 April 2026". */
export function longDate(d: string | Date): string {
  const iso = typeof d === 'string' ? d : d.toISOString().slice(0, 10);
  const [y, m, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** Pounds → "£3,000" or "£363.25" (pence shown only when there are some). */
export function pounds(value: number): string {
  const whole = Number.isInteger(value);
  return `£${value.toLocaleString('en-GB', { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 })}`;
}

/** Integer pence → "£363.25" (always with pence, as rates are quoted). */
export function penceToPounds(pence: number): string {
  return `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

export function periodWords(period: Period | undefined): string {
  return period ? (WORDS.periods[period] ?? period) : '';
}

/** A series value in its unit: "£363.25 a week", "0.5", "35 hours". */
export function seriesAmount(unit: string, value: number, period?: Period): string {
  switch (unit) {
    case 'pence': return [penceToPounds(value), periodWords(period)].filter(Boolean).join(' ');
    case 'hours': return `${value} hours${period ? ` ${periodWords(period)}` : ''}`;
    case 'years': return `${value} years`;
    default: return String(value);
  }
}

/** A benefit or secondary id's name; pseudo-targets ("benefit-cap") in words. */
export function benefitName(kb: Knowledge, id: string): string {
  return kb.benefits.get(id)?.name ?? kb.secondary.get(id)?.name ?? humanise(id);
}

export function humanise(id: string): string {
  const s = id.replace(/[-_.]+/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A fact's value the way an adviser reads it: "yes", "£360/wk", "Private rent", "PIP, State Pension". */
export function factValue(kb: Knowledge, fact: string, value: unknown): string {
  if (typeof value === 'boolean') return value ? String(WORDS.yes ?? 'yes') : String(WORDS.no ?? 'no');
  if (fact === 'income' && typeof value === 'number') return `${pounds(value)}/wk`;
  if (fact === 'savings' && typeof value === 'number') return pounds(value);
  if ((fact === 'caring_hours' || fact === 'work_hours') && typeof value === 'number') return `${value} h/wk`;
  if (fact === 'date_of_birth' && typeof value === 'string') return longDate(value);
  if (fact === 'receiving' && Array.isArray(value)) return value.length === 0 ? 'none' : value.map((id) => shortName(kb, String(id))).join(', ');
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'string') return TERSE[fact as FactId]?.values[value] ?? value;
  return String(value);
}

/** "Personal Independence Payment (PIP)" → "PIP"; others unchanged. */
function shortName(kb: Knowledge, id: string): string {
  const name = benefitName(kb, id);
  const m = /\(([A-Z]{2,6})\)$/.exec(name);
  return m?.[1] ?? name;
}

export function factLabel(fact: string): string {
  return TERSE[fact as FactId]?.label ?? humanise(fact);
}

/** "Age: 74; Partner: yes" for the facts named, in the order given. */
export function factList(kb: Knowledge, facts: Record<string, unknown>, which: readonly string[]): string {
  return which.filter((f) => facts[f] !== undefined).map((f) => `${factLabel(f)}: ${factValue(kb, f, facts[f])}`).join('; ');
}

/** Minutes between two instants as "12 min", "2 h 5 min", "3 days". */
export function waited(from: string | Date, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(from).getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} days`;
}
