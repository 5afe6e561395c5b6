import { detectCrisis } from '../../src/understanding/detectCrisis';

describe('detectCrisis: direct and indirect phrasing', () => {
  test.each([
    ['I want to kill myself', 'suicide-self-harm'], ["I can't go on", 'suicide-self-harm'], ['I cannot go on like this', 'suicide-self-harm'],
    ["there's no point in living", 'suicide-self-harm'], ['everyone would be better off without me', 'suicide-self-harm'],
    ['I just want to end it all', 'suicide-self-harm'], ["I'm thinking of ending things", 'suicide-self-harm'], ['I keep hurting myself', 'suicide-self-harm'],
    ["I've been cutting myself", 'suicide-self-harm'], ['I wish I was dead', 'suicide-self-harm'], ['I want to die', 'suicide-self-harm'],
    ["I'm suicidal", 'suicide-self-harm'], ["I've taken an overdose", 'suicide-self-harm'], ["I can't take it anymore", 'suicide-self-harm'],
    ["I'm not suicidal but I want to end it all", 'suicide-self-harm'], ['I CAN’T GO ON', 'suicide-self-harm'],
    ['my partner hits me', 'domestic-abuse'], ["I'm scared of my husband", 'domestic-abuse'], ['he threatens me', 'domestic-abuse'],
    ["I'm not safe at home", 'domestic-abuse'], ["he's controlling and violent", 'domestic-abuse'], ['my ex threatened to kill me', 'domestic-abuse'],
    ['I am fleeing domestic abuse', 'domestic-abuse'], ["he won't let me have any money", 'domestic-abuse'],
    ['I have nowhere to sleep tonight', 'homeless-tonight'], ["I'll be sleeping on the street tonight", 'homeless-tonight'],
    ["I've been kicked out", 'homeless-tonight'], ['my mum kicked me out', 'homeless-tonight'], ["we're being evicted today", 'homeless-tonight'],
    ['locked out with nowhere to go', 'homeless-tonight'], ["I'm homeless tonight", 'homeless-tonight'], ['the bailiffs are at the door', 'homeless-tonight'],
    ["there's no food in the house", 'no-food-or-money'], ["I haven't eaten for days", 'no-food-or-money'], ["I can't feed my kids", 'no-food-or-money'],
    ['I have no money for food today', 'no-food-or-money'], ['the meter has run out and no money', 'no-food-or-money'],
    ['we have no gas or electric', 'no-food-or-money'], ['my prepayment meter is empty', 'no-food-or-money'],
    ["my child isn't safe", 'child-at-risk'], ['someone is hurting my child', 'child-at-risk'], ['my stepdad hits my son', 'child-at-risk'],
    ["he's outside with a knife", 'danger-now'], ["I'm in danger right now", 'danger-now'], ["he's trying to break in", 'danger-now'],
  ])('%p → %s', (text, category) => {
    expect(detectCrisis(text)?.category).toBe(category);
  });
});

describe('detectCrisis: ordinary worries, figures of speech and bereavement do not trigger', () => {
  test.each([
    "I'm worried about money", "I'm struggling to pay my rent", 'bills are going up', "I'm dying to know", 'my phone died', "I'm killing time",
    'this form is killing me', 'my rent is killing me', "I'm broke until payday", 'my mum died last year', 'my husband passed away',
    "I'm homeless", 'I am sofa surfing', "I can't go on holiday this year", "I'm not suicidal", 'I hurt myself at work', 'no food bank near me',
    'I was kicked out of college', 'I want to end things with my boyfriend', "I can't afford the rent", 'my gas bill has gone up',
    "I'm not in danger", 'I care for my mum 40 hours a week', "can't work out how to use this", 'my partner works full time',
    "I'm being evicted next month", '', '   ',
  ])('%p', (text) => {
    expect(detectCrisis(text)).toBeUndefined();
  });
});

test('reports the words that matched', () => {
  expect(detectCrisis('Honestly everyone would be better off without me.')).toEqual({ category: 'suicide-self-harm', phrase: 'better off without me' });
});

test('danger now outranks domestic abuse', () => {
  expect(detectCrisis('my husband hits me and he is outside with a knife')?.category).toBe('danger-now');
});

test('finds a phrase at the end of a very long message quickly', () => {
  const started = Date.now();
  expect(detectCrisis(`${'blah '.repeat(20000)} I want to kill myself`)?.category).toBe('suicide-self-harm');
  expect(Date.now() - started).toBeLessThan(2000);
});
