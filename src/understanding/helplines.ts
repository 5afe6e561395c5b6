/**
 * Helplines to show with a safety reply (`triage.safeguarding.helplines`), from
 * `knowledge/helplines.json` (reference Part 3.1). England and Wales differ for domestic abuse,
 * homelessness and crisis money; 999 is always given for danger now.
 */
import { z } from 'zod';
import raw from '../../knowledge/helplines.json';
import { NATIONS } from '../facts/facts';
import { CRISIS_CATEGORIES, type CrisisCategory } from './crisisCategories';

const helplineSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string().min(3),
  number: z.string().regex(/^[0-9 ]{3,20}$/).optional(),
  text: z.string().min(5).optional(),
  hours: z.string().min(3).optional(),
  note: z.string().min(5).optional(),
  verified: z.boolean(),
  nations: z.array(z.enum(NATIONS)).min(1),
  categories: z.array(z.enum(CRISIS_CATEGORIES)).min(1),
  source: z.string().min(5),
});
/** Schema of `knowledge/helplines.json`. */
export const helplinesFileSchema = z
  .object({ about: z.string().min(10), checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), helplines: z.array(helplineSchema).min(1) })
  .refine((f) => new Set(f.helplines.map((h) => h.id)).size === f.helplines.length, 'helpline ids are unique')
  .refine((f) => CRISIS_CATEGORIES.every((c) => f.helplines.some((h) => h.categories.includes(c))), 'every category has a helpline');

/** A helpline as shown to a person. */
export interface Helpline {
  id: string;
  name: string;
  /** Phone number as written for people ("116 123"); undefined when contact is not by one number (e.g. "your council"). */
  number?: string;
  /** How to reach it by text message ("Text SHOUT to 85258"); undefined when there is no text service we know of. */
  text?: string;
  /** Opening hours as given by the source; undefined = not known (do not assume 24/7). */
  hours?: string;
  /** Plain-English advice to show with it. */
  note?: string;
  /** False when the reference could not confirm the number: check before launch. */
  verified: boolean;
}

type Nation = (typeof NATIONS)[number];
let file: z.infer<typeof helplinesFileSchema> | undefined;

/**
 * Helplines for a safety category where the person lives, in the file's order (999 first where it
 * applies). `nation` undefined = unknown: both England's and Wales's lines are given where they
 * differ. For Scotland and Northern Ireland only UK-wide lines are listed (their own services are
 * not in our reference).
 */
export function helplinesFor(category: CrisisCategory, nation?: Nation): Helpline[] {
  file ??= helplinesFileSchema.parse(raw);
  const wanted: Nation[] = nation ? [nation] : ['england', 'wales'];
  return file.helplines
    .filter((h) => h.categories.includes(category) && h.nations.some((n) => wanted.includes(n)))
    .map(({ id, name, number, text, hours, note, verified }) => ({
      id, name, verified,
      ...(number === undefined ? {} : { number }),
      ...(text === undefined ? {} : { text }),
      ...(hours === undefined ? {} : { hours }),
      ...(note === undefined ? {} : { note }),
    }));
}
