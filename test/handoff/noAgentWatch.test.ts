/** The no-agent fallback: after the wait, or outside hours, each case is handed on once. */
import { configureLogger } from '../../src/logger';
import type { Case } from '../../src/handoff/case';
import { InMemoryCaseStore } from '../../src/handoff/inMemoryCaseStore';
import { RedisCaseStore } from '../../src/handoff/redisCaseStore';
import { NoAgentWatch } from '../../src/handoff/noAgentWatch';
import { withTestRedis } from '../support/redis';
import { clock, newCase } from './support';

const redis = withTestRedis();
configureLogger('silent');

describe('NoAgentWatch', () => {
  it('hands on a queued case once its wait is over, once only; claimed cases are left alone', async () => {
    const t = clock('2026-01-05T10:00:00.000Z'); // Monday, within hours
    const cases = new InMemoryCaseStore({ now: t.now });
    const handed: [string, string][] = [];
    const watch = new NoAgentWatch({
      cases, waitSeconds: 120, hours: 'Mon-Fri 09:00-17:00', now: t.now,
      onNoAgent: async (c, reason) => { handed.push([c.id, reason]); },
    });
    const waiting = await cases.create(newCase());
    const taken = await cases.create(newCase());
    await cases.claim(taken.id, 'alex');
    t.advance(119_000);
    expect(await watch.checkOnce()).toBe(0);
    t.advance(1000);
    expect(await watch.checkOnce()).toBe(1);
    expect(await watch.checkOnce()).toBe(0);
    expect(handed).toEqual([[waiting.id, 'waited']]);
    expect((await cases.get(waiting.id))?.status).toBe('queued');
    await cases.release(taken.id, 'alex');
    t.advance(120_000);
    expect(await watch.checkOnce()).toBe(1);
    expect(handed.at(-1)).toEqual([taken.id, 'waited']);
  });

  it('outside hours hands on at once, and survives a failing onNoAgent', async () => {
    const t = clock('2026-01-10T12:00:00.000Z'); // Saturday
    const cases = new InMemoryCaseStore({ now: t.now });
    const seen: Case[] = [];
    const watch = new NoAgentWatch({
      cases, waitSeconds: 120, hours: 'Mon-Fri 09:00-17:00', now: t.now,
      onNoAgent: async (c) => {
        seen.push(c);
        throw new Error('bot down');
      },
    });
    await cases.create(newCase());
    await cases.create(newCase());
    expect(await watch.checkOnce()).toBe(2);
    expect(seen.map((c) => c.noAgent?.reason)).toEqual(['closed-hours', 'closed-hours']);
  });

  redis.it('two instances on one Redis: each case is handed on by exactly one', async () => {
    const prefix = `${redis.prefix}watch:`;
    const t = clock();
    const one = new RedisCaseStore({ client: redis.newClient(), prefix, now: t.now });
    const two = new RedisCaseStore({ client: redis.newClient(), prefix, now: t.now });
    const handed: string[] = [];
    const onNoAgent = async (c: Case) => { handed.push(c.id); };
    const w1 = new NoAgentWatch({ cases: one, waitSeconds: 10, now: t.now, onNoAgent });
    const w2 = new NoAgentWatch({ cases: two, waitSeconds: 10, now: t.now, onNoAgent });
    const ids = [];
    for (let i = 0; i < 10; i++) ids.push((await one.create(newCase())).id);
    t.advance(10_000);
    const [a, b] = await Promise.all([w1.checkOnce(), w2.checkOnce()]);
    expect(a + b).toBe(10);
    expect(handed.sort()).toEqual(ids.sort());
  });

  it('start/stop runs on a timer', async () => {
    const cases = new InMemoryCaseStore();
    let calls = 0;
    const watch = new NoAgentWatch({ cases, waitSeconds: 0, intervalMs: 10, onNoAgent: async () => { calls += 1; } });
    await cases.create(newCase());
    watch.start();
    await new Promise((r) => setTimeout(r, 60));
    await watch.stop();
    expect(calls).toBe(1);
  });
});
