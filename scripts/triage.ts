/**
 * `npm run triage`: a terminal triage. Asks the planner's questions one at a time on stdin, reads
 * answers in people's own words, re-asks with help text when a reply is not understood, and prints
 * the outcome with why. Works piped too: `printf 'England\n74\n...' | npm run triage`.
 */
import { createInterface } from 'node:readline';
import { engine } from '../src/rules';
import { answerSpec } from '../src/knowledge/answerSpec';
import { parseAnswer } from '../src/understanding/parseAnswer';
import { outcomeContent } from '../src/content/outcomeContent';
import { renderOutcomeText } from '../src/content/renderOutcomeText';
import type { Facts } from '../src/facts/facts';
import { config } from '../src/config';

async function main(): Promise<void> {
  const e = engine();
  const date = config().SIGNPOST_ASSESSMENT_DATE ? new Date(`${config().SIGNPOST_ASSESSMENT_DATE}T12:00:00Z`) : new Date();
  const rl = createInterface({ input: process.stdin, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const say = (s: string) => process.stdout.write(`${s}\n`);
  const facts: Facts = {};
  let asked = 0;
  say('Signpost: a few questions about you, then what help you may get. Type "quit" to stop.');
  for (;;) {
    const q = e.nextQuestion(facts, date);
    if (!q) break;
    const copy = e.kb.questionCopy[q.fact];
    const spec = answerSpec(e.kb, q.fact);
    let prompt = copy?.ask ?? q.fact;
    if (spec.choices) prompt += `\n${spec.choices.map((c, i) => `  ${i + 1}. ${c.title}`).join('\n')}`;
    for (;;) {
      say(`\n${prompt}`);
      const next = await lines.next();
      if (next.done) { say('\n(no more input)'); return finish(); }
      const text = String(next.value).trim();
      if (/^(quit|exit|stop)$/i.test(text)) return;
      const parsed = parseAnswer(spec, text, { now: date, nation: facts.nation });
      if (parsed.ok) { (facts as Record<string, unknown>)[q.fact] = parsed.value; asked += 1; break; }
      prompt = copy?.help ?? 'Sorry, I did not understand that.';
      if (spec.choices) prompt += `\n${spec.choices.map((c, i) => `  ${i + 1}. ${c.title}`).join('\n')}`;
    }
  }
  finish();

  function finish(): void {
    const outcome = e.evaluate(facts, date);
    say(`\n(${asked} questions)\n`);
    say(renderOutcomeText(e.kb, outcomeContent('en'), outcome));
    rl.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`triage failed: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
