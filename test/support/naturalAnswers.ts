/**
 * How a person might answer each question, in their own words, given the true value: used to drive
 * whole triages over HTTP. Several wordings per kind, chosen by a seed, so tests do not depend on
 * one phrasing.
 */
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function words(n: number): string {
  if (n <= 10) return NUMBER_WORDS[n] as string;
  if (n < 20) return String(n);
  const t = TENS[Math.floor(n / 10)] as string;
  return n % 10 === 0 ? t : `${t}-${NUMBER_WORDS[n % 10]}`;
}

const pick = <T>(seed: number, xs: T[]): T => xs[seed % xs.length] as T;

const yes = ['yes', 'yeah', 'yes I do', 'yep', 'I do'];
const no = ['no', 'nope', "no I don't", 'not really', 'no'];

const PHRASES: Record<string, Record<string, string[]>> = {
  nation: { england: ['England', 'I live in England', 'in England'], wales: ['Wales', 'I live in Wales', 'Cymru'], scotland: ['Scotland', 'I live in Scotland'], 'northern-ireland': ['Northern Ireland', 'NI'] },
  housing: {
    'rent-private': ['I rent from a private landlord', 'private rented flat', 'renting privately'],
    'rent-social': ['council house', 'I rent from a housing association', 'social housing'],
    'own-mortgage': ['we have a mortgage', 'I own my home with a mortgage', 'mortgage'],
    'own-outright': ['I own it outright', 'we own our home, no mortgage', 'paid off'],
    'living-with-family': ['I live with my parents', 'with family', 'I live with my mum'],
    'temporary-or-supported': ['temporary accommodation', 'a hostel', 'supported housing'],
    homeless: ["I'm homeless", 'I have no home', 'sofa surfing'],
  },
  employment: {
    employed: ['I work', 'employed', 'I have a job'], 'self-employed': ["I'm self-employed", 'self employed', 'I run my own business'],
    'not-working': ["I'm not working", 'unemployed', 'not working'], retired: ["I'm retired", 'retired'], student: ["I'm a student", 'student', "I'm at college"],
  },
  limits_work: { no: ['no', 'it does not'], limits: ['it limits what I can do', 'a bit', 'some'], 'cannot-work': ["I can't work", 'I cannot work', 'unable to work'] },
  immigration_status: {
    'british-irish': ['British', "I'm British", 'Irish'], settled: ['settled status', 'I have settled status', 'indefinite leave to remain'],
    'pre-settled': ['pre-settled status', 'pre-settled'], 'limited-leave-nrpf': ['a visa with no recourse to public funds', 'NRPF visa'],
    'asylum-seeker': ["I'm an asylum seeker", 'asylum seeker'], refugee: ["I'm a refugee", 'refugee status'], unsure: ["I'm not sure", "don't know"],
  },
};

const RECEIVING_NAMES: Record<string, string> = {
  'universal-credit': 'Universal Credit', pip: 'PIP', 'attendance-allowance': 'Attendance Allowance', 'state-pension': 'State Pension',
  'pension-credit-guarantee': 'Pension Credit', 'child-benefit': 'Child Benefit', 'carers-allowance': "Carer's Allowance",
  'housing-benefit': 'Housing Benefit', 'dla-child': 'DLA', 'new-style-esa': 'ESA', 'new-style-jsa': 'JSA',
  'income-related-esa': 'income-related ESA',
};

/** Natural words for `value` as the answer to `fact`, or undefined if the test should use the choice title. */
export function naturalAnswer(fact: string, value: unknown, seed: number, titles?: Record<string, string>): string {
  if (typeof value === 'boolean') return pick(seed, value ? yes : no);
  const table = PHRASES[fact];
  if (table && typeof value === 'string') return pick(seed, table[value] ?? [titles?.[value] ?? value]);
  switch (fact) {
    case 'age': return pick(seed, [`I'm ${value}`, `${value}`, words(value as number), `${value} years old`]);
    case 'partner_age': return pick(seed, [`${value}`, `they're ${value}`, words(value as number)]);
    case 'children_count': return value === 0 ? pick(seed, ['none', 'no', '0']) : pick(seed, [`${value}`, `${words(value as number)} kids`, `${value} children`]);
    case 'children_ages': return (value as number[]).map((a) => (a === 0 ? 'a baby' : String(a))).join(' and ');
    case 'caring_hours': return value === 0 ? pick(seed, ['none', '0', 'no hours']) : pick(seed, [`${value}`, `about ${value} hours`, `${value} hours a week`]);
    case 'work_hours': return pick(seed, [`${value}`, `${value} hours`]);
    case 'income': {
      const v = value as number;
      if (v === 0) return pick(seed, ['nothing', '0', 'no income']);
      const monthly = Math.round((v * 52) / 12 * 100) / 100;
      return pick(seed, [`£${v} a week`, `about ${v} per week`, `£${monthly.toFixed(2)} a month`]);
    }
    case 'savings': {
      const v = value as number;
      if (v === 0) return pick(seed, ['nothing', 'no savings', '£0']);
      return pick(seed, [`£${v.toLocaleString('en-GB')}`, v % 1000 === 0 ? `${v / 1000}k` : `£${v}`, `about £${v}`]);
    }
    case 'receiving': {
      const list = value as string[];
      if (list.length === 0) return pick(seed, ['none', 'nothing', 'no']);
      return list.map((id) => RECEIVING_NAMES[id] ?? titles?.[id] ?? id).join(' and ');
    }
    case 'date_of_birth': {
      const [y, m, d] = String(value).split('-');
      const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
      return pick(seed, [`${Number(d)} ${months[Number(m) - 1]} ${y}`, `${d}/${m}/${y}`]);
    }
    default: return String(value);
  }
}
