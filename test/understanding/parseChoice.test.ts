import { parseAnswer } from '../../src/understanding/parseAnswer';
import { ctx, specs } from './specs';

describe('parseChoice: understood', () => {
  test.each([
    [specs.nation, 'England', 'england'], [specs.nation, 'wales', 'wales'], [specs.nation, 'northern-ireland', 'northern-ireland'],
    [specs.nation, 'I live in Cardiff', 'wales'], [specs.nation, 'NI', 'northern-ireland'], [specs.nation, 'Cymru', 'wales'],
    [specs.nation, 'Swansea', 'wales'], [specs.nation, 'Wrexham', 'wales'], [specs.nation, 'Newport', 'wales'], [specs.nation, 'london', 'england'],
    [specs.nation, 'Manchester', 'england'], [specs.nation, 'Glasgow', 'scotland'], [specs.nation, 'Belfast', 'northern-ireland'],
    [specs.nation, 'Londonderry', 'northern-ireland'], [specs.nation, 'Englnad', 'england'], [specs.nation, '2', 'wales'],
    [specs.nation, 'the second one', 'wales'], [specs.nation, 'number 4', 'northern-ireland'], [specs.nation, 'the last one', 'northern-ireland'],
    [specs.nation, 'not England, Wales', 'wales'],
    [specs.housing, 'rent-private', 'rent-private'], [specs.housing, 'council house', 'rent-social'], [specs.housing, 'housing association', 'rent-social'],
    [specs.housing, 'private landlord', 'rent-private'], [specs.housing, 'I rent a flat', 'rent-private'], [specs.housing, 'private', 'rent-private'],
    [specs.housing, 'mortgage', 'own-mortgage'], [specs.housing, 'we own it outright', 'own-outright'], [specs.housing, 'paid off', 'own-outright'],
    [specs.housing, 'mortgage is paid off', 'own-outright'], [specs.housing, 'I have a mortgage, not paid off yet', 'own-mortgage'],
    [specs.housing, 'with my parents', 'living-with-family'], [specs.housing, 'with my mum', 'living-with-family'], [specs.housing, 'hostel', 'temporary-or-supported'],
    [specs.housing, 'a refuge', 'temporary-or-supported'], [specs.housing, 'B&B from the council', 'temporary-or-supported'],
    [specs.housing, 'temporary accommodation', 'temporary-or-supported'], [specs.housing, 'supported housing', 'temporary-or-supported'],
    [specs.housing, 'sofa surfing', 'homeless'], [specs.housing, 'on the streets', 'homeless'], [specs.housing, 'no fixed address', 'homeless'],
    [specs.housing, 'sleeping rough', 'homeless'], [specs.housing, 'I rent a council flat', 'rent-social'],
    [specs.employment, 'I work', 'employed'], [specs.employment, 'full time', 'employed'], [specs.employment, 'part time', 'employed'],
    [specs.employment, 'I have a job', 'employed'], [specs.employment, 'self employed', 'self-employed'], [specs.employment, 'Self-Employed', 'self-employed'],
    [specs.employment, 'my own business', 'self-employed'], [specs.employment, 'freelance', 'self-employed'], [specs.employment, 'sole trader', 'self-employed'],
    [specs.employment, 'unemployed', 'not-working'], [specs.employment, 'not working', 'not-working'], [specs.employment, 'looking for work', 'not-working'],
    [specs.employment, "I don't work", 'not-working'], [specs.employment, 'retired', 'retired'], [specs.employment, 'pensioner', 'retired'],
    [specs.employment, 'retierd', 'retired'], [specs.employment, 'student', 'student'], [specs.employment, 'at uni', 'student'],
    [specs.employment, 'at college', 'student'], [specs.employment, 'full time student', 'student'],
    [specs.limitsWork, 'no', 'no'], [specs.limitsWork, 'a bit', 'limits'], [specs.limitsWork, 'some', 'limits'], [specs.limitsWork, 'part time only', 'limits'],
    [specs.limitsWork, "can't work", 'cannot-work'], [specs.limitsWork, 'unable to work', 'cannot-work'],
    [specs.immigration, 'British', 'british-irish'], [specs.immigration, 'Irish', 'british-irish'], [specs.immigration, 'UK citizen', 'british-irish'],
    [specs.immigration, 'born here', 'british-irish'], [specs.immigration, 'settled status', 'settled'], [specs.immigration, 'ILR', 'settled'],
    [specs.immigration, 'I have indefinite leave to remain', 'settled'], [specs.immigration, 'pre-settled', 'pre-settled'],
    [specs.immigration, 'no recourse', 'limited-leave-nrpf'], [specs.immigration, 'NRPF', 'limited-leave-nrpf'], [specs.immigration, 'visa', 'limited-leave-nrpf'],
    [specs.immigration, 'work visa', 'limited-leave-nrpf'], [specs.immigration, 'spouse visa', 'limited-leave-nrpf'], [specs.immigration, 'asylum', 'asylum-seeker'],
    [specs.immigration, 'refugee', 'refugee'], [specs.immigration, 'refugee status', 'refugee'], [specs.immigration, 'I was granted asylum', 'refugee'],
    [specs.immigration, "don't know", 'unsure'], [specs.immigration, 'not sure', 'unsure'],
    [specs.language, 'Welsh', 'cy'], [specs.language, 'Cymraeg', 'cy'], [specs.language, 'english', 'en'],
  ])('%#: %p', (spec, text, value) => {
    expect(parseAnswer(spec, text as string, ctx)).toEqual({ ok: true, value });
  });
});

describe('parseChoice: refused', () => {
  test.each([
    [specs.nation, 'the uk', 'not-understood'], [specs.nation, 'Bangor', 'ambiguous'], [specs.nation, '9', 'out-of-range'],
    [specs.nation, 'Cardiff or Bristol', 'ambiguous'], [specs.nation, 'not England', 'not-understood'],
    [specs.housing, 'renting', 'ambiguous'], [specs.housing, 'a house', 'not-understood'],
    [specs.immigration, 'not british', 'not-understood'], [specs.immigration, 'EU citizen', 'not-understood'],
    [specs.immigration, "I'm British but my wife is on a spouse visa", 'ambiguous'],
    [specs.limitsWork, 'not at all', 'ambiguous'], [specs.employment, '', 'not-understood'], [specs.employment, 'banana', 'not-understood'],
  ])('%#: %p', (spec, text, error) => {
    expect(parseAnswer(spec, text as string, ctx)).toEqual({ ok: false, error });
  });
});
