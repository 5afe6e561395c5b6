/** Small readings of a reply's text that the dialog needs. Framework-free. */
import { findResumeCode } from '../state/resumeCodes';

/** A resume code when the whole message is one ("K7MX-9QPD", "resume k7mx 9qpd"). */
export function resumeCodeIn(text: string): string | undefined {
  const t = text.trim();
  if (!/^((resume|continue|carry on|my code is|code)[:\s]+)?[a-z0-9]{4}[\s-]?[a-z0-9]{4}[.!]?$/i.test(t)) return undefined;
  return findResumeCode(t);
}

/** The first clause of a reply ("yes, I'm 74 ..." gives "yes"), for a yes/no question. */
export function firstClause(text: string): string {
  return text.split(/[,.;!\n]| and /i)[0]?.trim() ?? text;
}
