import { parseAnswer } from '../../src/understanding/parseAnswer';
import { ctx, specs } from './specs';

const read = (text: string, nation?: 'england' | 'wales') => parseAnswer(specs.receiving, text, { ...ctx, nation });

describe('parseMultiChoice: benefits received', () => {
  test.each([
    ['PIP and Universal Credit', ['pip', 'universal-credit']], ['UC', ['universal-credit']], ['pension credit', ['pension-credit-guarantee']],
    ['attendance allowance', ['attendance-allowance']], ['AA', ['attendance-allowance']], ['DLA', ['dla-child']],
    ["carer's allowance", ['carers-allowance']], ['carers allowance', ['carers-allowance']], ['child benefit and state pension', ['child-benefit', 'state-pension']],
    ['ESA', ['new-style-esa']], ['JSA', ['new-style-jsa']], ['housing benefit', ['housing-benefit']], ['I get ESA and PIP', ['new-style-esa', 'pip']],
    ['PIP but not DLA', ['pip']], ['Universal Credit, PIP, child benefit', ['universal-credit', 'pip', 'child-benefit']],
    ['none', []], ['nothing', []], ['no', []], ['not any', []], ['none of them', []], ['1', []],
  ])('%p → %p', (text, value) => {
    expect(read(text)).toEqual({ ok: true, value });
  });

  test('council tax reduction picks the id for the known nation', () => {
    expect(read('council tax reduction', 'wales')).toEqual({ ok: true, value: ['council-tax-reduction-wales'] });
    expect(read('council tax support', 'england')).toEqual({ ok: true, value: ['council-tax-reduction-england'] });
  });

  test('a choice is only offered when its value is in the list', () => {
    const spec = { ...specs.receiving, choices: [{ value: 'council-tax-reduction-england', title: 'Council Tax Reduction' }] };
    expect(parseAnswer(spec, 'council tax support', ctx)).toEqual({ ok: true, value: ['council-tax-reduction-england'] });
  });

  test('positions in a list without "none"', () => {
    const spec = { ...specs.receiving, choices: specs.receiving.choices.slice(1, 5) };
    expect(parseAnswer(spec, '1 and 3', ctx)).toEqual({ ok: true, value: [spec.choices[0]?.value, spec.choices[2]?.value] });
  });
});

describe('parseMultiChoice: refused', () => {
  test.each([
    ['council tax reduction', 'ambiguous'], ['naan', 'not-understood'], ['I used to get DLA', 'not-understood'],
    ['some stuff', 'not-understood'], ['', 'not-understood'], ['99', 'out-of-range'],
  ])('%p → %s', (text, error) => {
    expect(read(text)).toEqual({ ok: false, error });
  });
});
