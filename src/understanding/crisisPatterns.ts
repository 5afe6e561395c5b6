/**
 * Loads `knowledge/crisis.json`: zod-validated, macros expanded, every pattern compiled once.
 * A bad file (unknown category, missing category, pattern that does not compile, unknown macro)
 * throws when first used, listing the problem.
 */
import { z } from 'zod';
import raw from '../../knowledge/crisis.json';
import { CRISIS_CATEGORIES, type CrisisCategory } from './crisisCategories';
import { mayMatchAny } from './requiredText';

const patternSource = z.string().min(3).max(2000);
/** Schema of `knowledge/crisis.json`. */
export const crisisFileSchema = z.object({
  about: z.string().min(10),
  macros: z.record(z.string().regex(/^[a-z]+$/), z.string().min(1)),
  guards: z.array(z.object({ pattern: patternSource, why: z.string().min(3) })),
  categories: z
    .array(z.object({ id: z.enum(CRISIS_CATEGORIES), patterns: z.array(patternSource).min(1), guards: z.array(patternSource).default([]) }))
    .refine((cs) => CRISIS_CATEGORIES.every((id) => cs.filter((c) => c.id === id).length === 1), 'each category exactly once'),
});

/**
 * Compiled patterns: guards blanked first, then categories tried in file order. `mayMatch` (of the
 * guards, of a category's patterns) is false only for text that none of them can match: it looks
 * for text every match must contain (see `requiredText`), so most messages skip the full set.
 * Undefined when that text cannot be read from some pattern: then the patterns are always run.
 * The `...Filters` lists hold the same test for each guard or pattern alone (by position), so where
 * a set may match, only the members that may are run.
 */
export interface CrisisPatterns {
  guards: RegExp[];
  guardsMayMatch?: RegExp;
  guardFilters: (RegExp | undefined)[];
  categories: {
    id: CrisisCategory;
    patterns: RegExp[];
    patternFilters: (RegExp | undefined)[];
    guards: RegExp[];
    guardFilters: (RegExp | undefined)[];
    mayMatch?: RegExp;
  }[];
}

/** Each pattern's own prefilter (see `mayMatchAny`), by position. */
function filtersOf(patterns: RegExp[]): (RegExp | undefined)[] {
  return patterns.map((re) => mayMatchAny([re]));
}

function compile(source: string, macros: Record<string, string>): RegExp {
  const expanded = source.replace(/\{\{([a-z]+)\}\}/g, (_m, name: string) => {
    const macro = macros[name];
    if (macro === undefined) throw new Error(`crisis.json: unknown macro {{${name}}}`);
    return macro;
  });
  try {
    return new RegExp(expanded, 'giu');
  } catch (error) {
    throw new Error(`crisis.json: pattern does not compile: ${source} (${(error as Error).message})`);
  }
}

let compiled: CrisisPatterns | undefined;

/** The compiled crisis patterns (validated and compiled once). */
export function crisisPatterns(): CrisisPatterns {
  if (compiled) return compiled;
  const file = crisisFileSchema.parse(raw);
  const guards = file.guards.map((g) => compile(g.pattern, file.macros));
  compiled = {
    guards,
    guardsMayMatch: mayMatchAny(guards),
    guardFilters: filtersOf(guards),
    categories: file.categories.map((c) => {
      const patterns = c.patterns.map((p) => compile(p, file.macros));
      const categoryGuards = c.guards.map((g) => compile(g, file.macros));
      return {
        id: c.id, patterns, patternFilters: filtersOf(patterns), guards: categoryGuards, guardFilters: filtersOf(categoryGuards), mayMatch: mayMatchAny(patterns),
      };
    }),
  };
  return compiled;
}
