/** Reads and parses JSON files for the knowledge loader, naming the file in any error. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';

export function readJson<T extends z.ZodTypeAny>(file: string, schema: T, problems: string[]): z.infer<T> | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    problems.push(`${file}: not readable JSON (${(e as Error).message})`);
    return undefined;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 10)) problems.push(`${file}: ${issue.path.join('.')}: ${issue.message}`);
    return undefined;
  }
  return parsed.data;
}

/** The .json files in a folder, sorted; none when the folder is missing. */
export function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
}
