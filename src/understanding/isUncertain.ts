import { phraseKey } from './normalise';

const UNCERTAIN = new RegExp(
  '(?:^|\\s)(?:maybe|perhaps|possibly|probably not|not sure|unsure|dont know|do not know|dunno|idk|no idea|' +
    'not certain|cant remember|cannot remember|dont remember|no clue|depends|it depends|sort of|kind of|' +
    'i think so|i guess|i suppose|might be|might have|could be)(?=$|\\s)',
);

/**
 * True when a reply hedges ("maybe", "don't know", "not sure", "it depends"): such a reply is
 * not understood rather than read as a yes, a no or a number.
 */
export function isUncertain(text: string): boolean {
  return isUncertainKey(phraseKey(text));
}

/** `isUncertain` for a text already keyed: `isUncertainKey(phraseKey(text)) === isUncertain(text)`. */
export function isUncertainKey(keyed: string): boolean {
  return UNCERTAIN.test(keyed);
}
