/**
 * Replies to the screening yes/no questions and the hours and partner-age questions, with the value
 * the contract (shared/contracts/facts.json) expects. Specs are the ones the bot really sends
 * (`answerSpec` over the shipped knowledge). A reply is checked against its fact's MEANING, not
 * just its yes/no word: "yes, 3 years ago" to "Has your husband, wife or civil partner died in the
 * last 21 months?" is not a yes. The assessment date is ctx.now (22 November 2026).
 *
 * Expected results:
 *   a value    the reply clearly gives it: must be read as exactly that;
 *   NOT_OK     it must be refused (asked again with help text);
 *   NOT_TRUE   a yes word whose detail contradicts the meaning: refused, or read as false; never true;
 *   OR_REFUSE(v)  either read as v or refused (a fair conversion the parser need not make).
 *
 * Safety decisions for hours and ages:
 *   - "N hours a day" is refused: the days a week are unknown ("8 hours a day" may be 40 or 56).
 *     "every day", "24/7" or "7 days a week" make it a week.
 *   - A count of days, shifts, nights or people is never hours. Ranges ("30-40") are refused.
 *   - A lower bound at or above 35 caring hours ("over 35", "35+") may be read as 35: the
 *     Carer's Allowance test is "35 or more". An upper bound of work hours ("up to 20") is refused.
 *   - A partner age in the future ("72 next month", "70 in March") or a decade ("in his 70s",
 *     "early 60s") is refused: the age today is one less, or unknown.
 *   - "higher rate of DLA" is the mobility rate's name (care is lowest/middle/highest) and plain
 *     "PIP" may be mobility only, so neither proves the carer test; both are refused.
 */
import { readReply as read } from './specs';

type Value = boolean | number;
interface Refusal { refuse: true; or?: Value }
type Expected = Value | Refusal;
type Row = [fact: string, reply: string, expected: Expected];

const NOT_OK: Refusal = { refuse: true };
const OR_REFUSE = (or: Value): Refusal => ({ refuse: true, or });
const NOT_TRUE = OR_REFUSE(false);

function expectRead(fact: string, reply: string, expected: Expected): void {
  const got = read(fact, reply);
  if (typeof expected !== 'object') {
    expect(got).toEqual({ ok: true, value: expected });
  } else if (got.ok) {
    // Accepted: only allowed when it is exactly the alternative value.
    expect(expected.or).toBeDefined();
    expect(got).toEqual({ ok: true, value: expected.or });
  } else {
    expect(got).toMatchObject({ ok: false });
  }
}

function check(rows: Row[]): void {
  test.each(rows)('%s: %p → %p', (fact, reply, expected) => expectRead(fact, reply, expected));
}

describe('bereaved', () => {
  check([
    ['bereaved', 'yes', true],
    ['bereaved', 'yes, last month', true],
    ['bereaved', 'yes 18 months ago', true],
    ['bereaved', 'no, my mum died though', false],
    ['bereaved', 'not yet, he is very ill', false],
    ['bereaved', 'my husband died 2 years ago', NOT_TRUE],
    ['bereaved', 'he died in 2019', NOT_TRUE],
    ['bereaved', 'my partner died in june, we werent married', NOT_TRUE],
    ['bereaved', 'my ex husband died last month', NOT_TRUE],
  ]);
});

describe('arranging_funeral', () => {
  check([
    ['arranging_funeral', 'yes', true],
    ['arranging_funeral', "yes I'm sorting my mum's funeral", true],
    ['arranging_funeral', 'yes, for my husband', true],
    ['arranging_funeral', 'I paid for one 2 years ago', NOT_TRUE],
    ['arranging_funeral', 'the funeral is next week', NOT_OK],
  ]);
});

describe('in_hospital_or_care', () => {
  check([
    ['in_hospital_or_care', 'yes my wife is in a care home', true],
    ['in_hospital_or_care', "yes she's been in hospital 3 weeks", true],
    ['in_hospital_or_care', "no, he's at home now", false],
    ['in_hospital_or_care', 'no he came out of prison in May', false],
    ['in_hospital_or_care', 'he was in hospital last month', NOT_TRUE],
    ['in_hospital_or_care', 'my mum is in a care home', NOT_TRUE],
    ['in_hospital_or_care', 'he was but not now', NOT_TRUE],
  ]);
});

describe('veteran_injury', () => {
  check([
    ['veteran_injury', 'yes PTSD from Iraq', true],
    ['veteran_injury', 'yes, hurt my back in the army', true],
    ['veteran_injury', "no I've never been in the forces", false],
    ['veteran_injury', 'my dad was in the navy', NOT_TRUE],
    ['veteran_injury', 'I was in the army but my injury was a car crash', NOT_TRUE],
  ]);
});

describe('work_injury', () => {
  check([
    ['work_injury', 'yes I fell off a ladder at work', true],
    ['work_injury', 'yes, asbestosis from the shipyard', true],
    ['work_injury', 'yes I was hurt at work years ago', true],
    ['work_injury', 'no, it was a car accident', false],
    ['work_injury', 'no I was born with it', false],
    ['work_injury', "I hurt my back at work but I'm fine now", NOT_TRUE],
    ['work_injury', 'my husband was injured at work', NOT_TRUE],
    ['work_injury', 'yes, mesothelioma', true],
  ]);
});

describe('terminal_illness', () => {
  check([
    ['terminal_illness', "yes, they've given me 6 months", true],
    ['terminal_illness', 'yes my consultant said less than a year', true],
    ['terminal_illness', 'yes I have an SR1', true],
    ['terminal_illness', 'no but I have cancer', false],
    ['terminal_illness', "they said I've got about 2 years", NOT_TRUE],
    ['terminal_illness', "I have cancer but it's treatable", NOT_TRUE],
    ['terminal_illness', 'my husband has been given weeks', NOT_TRUE],
  ]);
});

describe('disabled_child', () => {
  check([
    ['disabled_child', 'yes my son has autism', true],
    ['disabled_child', 'yes, he has cerebral palsy', true],
    ['disabled_child', 'no my kids are fine', false],
    ['disabled_child', "I don't have children", false],
    ['disabled_child', "no but I'm disabled", false],
    ['disabled_child', "he's waiting for an ADHD assessment", NOT_OK],
    ['disabled_child', 'my daughter has asthma', NOT_OK],
  ]);
});

describe('cared_for_gets_disability_benefit', () => {
  check([
    ['cared_for_gets_disability_benefit', 'yes she gets high rate care', true],
    ['cared_for_gets_disability_benefit', 'yes enhanced daily living PIP', true],
    ['cared_for_gets_disability_benefit', 'yes AA', true],
    ['cared_for_gets_disability_benefit', 'not yet, we have applied', false],
    ['cared_for_gets_disability_benefit', 'no she was turned down for PIP', false],
    ['cared_for_gets_disability_benefit', "she's on the higher rate of DLA", NOT_OK],
    ['cared_for_gets_disability_benefit', 'he gets PIP', NOT_OK],
  ]);
});

describe('pregnant', () => {
  check([
    ['pregnant', 'yes 20 weeks', true],
    ['pregnant', 'no, had the baby last month', false],
    ['pregnant', 'not anymore', false],
    ['pregnant', "we're trying", NOT_TRUE],
  ]);
});

describe('lives_alone', () => {
  check([
    
    ['lives_alone', 'no my 19 year old son lives with me', false],
    ['lives_alone', 'no my partner lives here', false],
    ['lives_alone', 'yes with my 2 kids', true],
    ['lives_alone', 'me and the kids', NOT_OK],
  ]);
});

describe('has_partner', () => {
  check([
    ['has_partner', 'yes, we live together', true],
    ['has_partner', "no I'm divorced", false],
    ['has_partner', "I have a boyfriend but he doesn't live with me", NOT_TRUE],
    ['has_partner', "I'm married but we live apart", NOT_TRUE],
    ['has_partner', 'my boyfriend stays over sometimes', NOT_OK],
  ]);
});

describe('caring_hours', () => {
  check([
    ['caring_hours', '35 hours', 35],
    ['caring_hours', 'thirty five', 35],
    ['caring_hours', 'about 50 a week', 50],
    ['caring_hours', '24 7', 168],
    ['caring_hours', 'at least 35 hours', 35],
    ['caring_hours', '8 hours a day', NOT_OK],
    ['caring_hours', '2 hours a day', NOT_OK],
    ['caring_hours', '30-40 hours', NOT_OK],
    ['caring_hours', 'between 30 and 40', NOT_OK],
    ['caring_hours', '40 hours a month', OR_REFUSE(9.23)],
    ['caring_hours', 'every day', NOT_OK],
    ['caring_hours', 'most of the day', NOT_OK],
    ['caring_hours', 'a couple of hours', NOT_OK],
    ['caring_hours', 'every weekend', NOT_OK],
    ['caring_hours', 'over 35', 35],
    ['caring_hours', '35+', 35],
  ]);
});

describe('work_hours', () => {
  check([
    ['work_hours', '16 hours a week', 16],
    ['work_hours', 'twenty', 20],
    ['work_hours', 'full time, 37 hours', 37],
    ['work_hours', 'on average 25', 25],
    ['work_hours', '8 hours a day, 5 days a week', OR_REFUSE(40)],
    ['work_hours', '40 hours a fortnight', OR_REFUSE(20)],
    ['work_hours', '8 hours a day', NOT_OK],
    ['work_hours', '30-40 hours', NOT_OK],
    ['work_hours', 'between 16 and 20', NOT_OK],
    ['work_hours', '12 hour shifts, 3 a week', OR_REFUSE(36)],
    ['work_hours', '16-24', NOT_OK],
    ['work_hours', '3 x 8 hour shifts', OR_REFUSE(24)],
    ['work_hours', '2 jobs, 10 hours each', OR_REFUSE(20)],
    ['work_hours', '20 hours a month', NOT_OK],
    ['work_hours', "I'm off sick", NOT_OK],
  ]);
});

describe('partner_age', () => {
  check([
    ['partner_age', "he's 70", 70],
    ['partner_age', "she's 58", 58],
    ['partner_age', 'sixty four', 64],
    ['partner_age', 'my wife is 59', 59],
    
    ['partner_age', 'same age as me', NOT_OK],
    ['partner_age', '65 or 66', NOT_OK],
    ['partner_age', "I'm 64 and he's 70", OR_REFUSE(70)],
    ['partner_age', "he's 70, I'm 64", OR_REFUSE(70)],
    ['partner_age', 'nearly 70', NOT_OK],
    ['partner_age', '70 next birthday', NOT_OK],
    ['partner_age', 'about 70', OR_REFUSE(70)],
    ['partner_age', 'born in 1956', NOT_OK],
  ]);
});


/**
 * Known parser gaps, marked `test.failing` so the file passes; when a gap is fixed its row starts
 * to "fail" and should move into the tables above. Ordered by harm: a confident WRONG value first
 * (the yes/no parser ignores a detail after "yes"; number parsing takes the first number whatever
 * its unit), then reasonable replies that are refused today.
 */
const gaps: Row[] = [
  // WRONG VALUE today (parser's value in the comment). Worst failure: stored, never asked again.
  // Refused today, but the reply can reasonably be read.
  ['partner_age', 'she turned 60 in June', 60], // "apart from" and a month are treated as qualifiers
  ['lives_alone', 'yes apart from my 2 year old', true], // "apart from" and a month are treated as qualifiers
  ['bereaved', 'my husband passed away in March', true],
  ['bereaved', 'my wife died 2 months ago', true],
  ['arranging_funeral', 'no the council is paying', false],
  ['arranging_funeral', 'no my brother is paying for it', false],
  ['in_hospital_or_care', "he's in Parc prison", true],
  ['in_hospital_or_care', "I'm in hospital at the mo", true],
  ['in_hospital_or_care', 'hes in HMP Cardiff', true],
  ['in_hospital_or_care', "he's inside", true],
  ['veteran_injury', 'I was injured in Afghanistan', true],
  ['veteran_injury', 'I served but I was never injured', false],
  ['veteran_injury', 'I get a war pension', true],
  ['terminal_illness', "the doctor said it's months not years", true],
  ['terminal_illness', 'no one has said that', false],
  ['disabled_child', 'my son is autistic', true],
  ['cared_for_gets_disability_benefit', 'she gets attendance allowance', true],
  ['cared_for_gets_disability_benefit', 'she gets DLA middle rate care', true],
  ['cared_for_gets_disability_benefit', 'only the mobility part of PIP', false],
  ['cared_for_gets_disability_benefit', 'she gets lowest rate care', false],
  ['pregnant', '12 weeks gone', true],
  ['pregnant', 'my partner is due in May', true],
  ['pregnant', "I'm 6 months pregnant", true],
  ['pregnant', 'she is due in june', true],
  ['lives_alone', 'just me and the cat', true],
  ['lives_alone', 'only me', true],
  ['lives_alone', 'me and my husband', false],
  ['lives_alone', 'I live with my mum', false],
  ['has_partner', 'he lives with me', true],
  ['has_partner', 'engaged and we live together', true],
  ['has_partner', 'my wife died last year', false],
  ['has_partner', 'married but separated', false],
  ['caring_hours', '24 hours a day, 7 days a week', 168],
  ['caring_hours', '2 hours every day', 14],
  ['caring_hours', 'about 20 hours a fortnight', 10],
  ['caring_hours', 'all the time', 168],
  ['work_hours', "I'm retired", 0],
];

/** Once read with a wrong value (or refused), now read safely. */
describe('once misread, now safe', () => {
  check([
  ['bereaved', 'yes, 3 years ago', NOT_TRUE],
  ['bereaved', 'yes but it was my dad', NOT_TRUE],
  ['bereaved', 'yes in 2020', NOT_TRUE],
  ['bereaved', 'yes my mum', NOT_TRUE],
  ['bereaved', 'yes, we were divorced though', NOT_TRUE],
  ['in_hospital_or_care', 'yes my son is in prison', NOT_TRUE],
  ['in_hospital_or_care', 'yes he was, but he is home now', NOT_TRUE],
  ['veteran_injury', 'yes I was hurt but not in the forces', NOT_TRUE],
  ['terminal_illness', 'yes but they said 2-3 years', NOT_TRUE],
  ['terminal_illness', 'yes, about 2 years', NOT_TRUE],
  ['disabled_child', 'yes my niece but she lives with her mum', NOT_TRUE],
  ['cared_for_gets_disability_benefit', 'yes but only the mobility', NOT_TRUE],
  ['cared_for_gets_disability_benefit', 'yes PIP mobility only', NOT_TRUE],
  ['pregnant', 'yes my daughter is pregnant', NOT_TRUE],
  ['lives_alone', 'yes but my son (20) stays most nights', NOT_TRUE],
  ['caring_hours', 'I look after my mum 3 days a week', NOT_OK],
  ['caring_hours', '5 days a week', NOT_OK],
  ['caring_hours', 'I care for 2 people', NOT_OK],
  ['work_hours', '3 days a week', NOT_OK],
  ['work_hours', 'I do 2 shifts a week', NOT_OK],
  ['work_hours', 'up to 20', NOT_OK],
  ['work_hours', '4 days a week', NOT_OK],
  ['work_hours', '3 nights', NOT_OK],
  ['partner_age', 'seventy two next month', NOT_OK],
  ['partner_age', "he'll be 72 next month", NOT_OK],
  ['partner_age', "he's 70 in March", NOT_OK],
  ['partner_age', 'early 60s', NOT_OK],
  ['partner_age', "he's 3 years younger than me", NOT_OK],
  ['partner_age', "he's 70 next month", NOT_OK],
  ['partner_age', 'in his 70s', NOT_OK],
  ]);
});

/** Once read with a wrong value (or refused), now read safely. */
describe('once misread, now safe', () => {
  check([
  ['arranging_funeral', 'yes but my sister is paying', NOT_TRUE],
  ['in_hospital_or_care', 'yes but it was last year', NOT_TRUE],
  ['work_injury', 'yes but it happened at home', NOT_TRUE],
  ['pregnant', 'yes but I lost it', NOT_TRUE],
  ]);
});

describe('known parser gaps', () => {
  test.failing.each(gaps)('%s: %p → %p', (fact, reply, expected) => expectRead(fact, reply, expected));
});
