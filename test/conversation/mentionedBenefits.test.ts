/**
 * Benefits named in passing are not the full list of what a household gets: they are kept as
 * `receiving_mentioned`, used by the engine as received, and merged into `receiving` when the person
 * is asked what they get. The outcome's `facts` stay contract facts only.
 */
import { applyReply } from '../../src/conversation/applyReply';
import { newTriageState } from '../../src/conversation/triageState';
import { testEngine, TODAY } from '../support/knowledge';

const e = testEngine();

describe('benefits mentioned in an opening statement', () => {
  it('are kept apart from the full list, which stays unknown', () => {
    const s = newTriageState();
    applyReply(e.kb, s, undefined, "I'm 45, I get PIP and I rent privately", TODAY);
    expect(s.facts.receiving_mentioned).toEqual(['pip']);
    expect(s.facts.receiving).toBeUndefined();
  });

  it('count as received for the engine, but are not reported as contract facts', () => {
    const o = e.evaluate({ nation: 'england', age: 45, health_condition: true, receiving_mentioned: ['pip'] }, TODAY);
    expect(o.signposts.find((x) => x.benefit === 'pip')).toMatchObject({ likelihood: 'likely', received: true });
    expect(o.facts).toEqual({ nation: 'england', age: 45, health_condition: true });
  });

  it('are merged into the answer when the person is asked what they get', () => {
    const s = newTriageState();
    applyReply(e.kb, s, undefined, 'my wife is 71, she gets PIP', TODAY);
    applyReply(e.kb, s, 'receiving', 'none', TODAY);
    expect(s.facts.receiving).toEqual(['pip']);
    applyReply(e.kb, s, 'receiving', 'child benefit', TODAY);
    expect(s.facts.receiving).toEqual(['pip', 'child-benefit']);
  });

  it('are added to a list already given', () => {
    const s = newTriageState();
    applyReply(e.kb, s, 'receiving', 'universal credit', TODAY);
    applyReply(e.kb, s, undefined, 'oh and I also get PIP for my back', TODAY);
    expect(s.facts.receiving?.sort()).toEqual(['pip', 'universal-credit']);
  });

  it('are never taken from what someone else gets', () => {
    const s = newTriageState();
    applyReply(e.kb, s, undefined, 'I look after my dad 36 hours a week, he is on PIP', TODAY);
    expect(s.facts.receiving_mentioned).toBeUndefined();
    expect(s.facts.receiving).toBeUndefined();
  });
});
