/**
 * Understanding people's own words, framework-free: answers to one question (`parseAnswer`),
 * facts in an opening statement (`extractFacts`), the safety check on every message
 * (`detectCrisis`) and the helplines to show with it (`helplinesFor`).
 */
export { parseAnswer, MAX_TEXT_CHARS } from './parseAnswer';
export type { AnswerSpec, ParseContext, ParseError, ParseResult } from './answerTypes';
export { parseYesNo } from './parseYesNo';
export { parseNumber } from './parseNumber';
export { parseNumbers } from './parseNumbers';
export { parseMoney } from './parseMoney';
export { parseDate } from './parseDate';
export { parseChoice } from './parseChoice';
export { parseMultiChoice } from './parseMultiChoice';
export { extractFacts } from './extractFacts';
export { couldExtractOtherFacts } from './extractionScope';
export { detectCrisis, CRISIS_CATEGORIES, type CrisisCategory, type CrisisSignal } from './detectCrisis';
export { helplinesFor, type Helpline } from './helplines';
