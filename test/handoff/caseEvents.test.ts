/** Queue events: in-process, across instances through Redis pub/sub, and from the publishing store. */
import { configureLogger } from '../../src/logger';
import { InMemoryCaseEvents, RedisCaseEvents, type CaseEvent } from '../../src/handoff/caseEvents';
import { InMemoryCaseStore } from '../../src/handoff/inMemoryCaseStore';
import { PublishingCaseStore } from '../../src/handoff/publishingCaseStore';
import { RedisCaseStore } from '../../src/handoff/redisCaseStore';
import { withTestRedis } from '../support/redis';
import { newCase } from './support';

const redis = withTestRedis();
configureLogger('silent');

function waitFor(events: CaseEvent[], count: number, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (events.length >= count) return resolve();
      if (Date.now() > deadline) return reject(new Error(`only ${events.length} of ${count} events`));
      setTimeout(tick, 10);
    };
    tick();
  });
}

describe('PublishingCaseStore with InMemoryCaseEvents', () => {
  it('announces created, updated, claimed, message, released, closed with queue rows only', async () => {
    const events = new InMemoryCaseEvents();
    const seen: CaseEvent[] = [];
    const stop = events.subscribe((e) => seen.push(e));
    const store = new PublishingCaseStore(new InMemoryCaseStore(), events);
    const input = newCase();
    const c = await store.create(input);
    await store.create({ ...input, level: 'urgent' });
    await store.claim(c.id, 'alex');
    await store.addMessage(c.id, { from: 'agent', agentId: 'alex', text: 'Secret words' });
    await store.release(c.id, 'alex');
    await store.setCallback(c.id, { number: '07700900123', time: 'Monday' });
    await store.close(c.id, 'alex', 'Closing note text');
    stop();
    await store.create(newCase());
    expect(seen.map((e) => e.type)).toEqual(['created', 'updated', 'claimed', 'message', 'released', 'updated', 'closed']);
    expect(seen[2]!.case).toMatchObject({ id: c.id, status: 'claimed', agentId: 'alex', level: 'urgent' });
    const wire = JSON.stringify(seen);
    expect(wire).not.toContain('Secret words');
    expect(wire).not.toContain('07700900123');
    expect(wire).not.toContain('Closing note text');
    expect(wire).not.toContain(input.conversationKey);
  });

  it('a failing listener or publisher never fails the change', async () => {
    const events = new InMemoryCaseEvents();
    events.subscribe(() => {
      throw new Error('listener bug');
    });
    const store = new PublishingCaseStore(new InMemoryCaseStore(), events);
    await expect(store.create(newCase())).resolves.toBeDefined();
    const broken = new PublishingCaseStore(new InMemoryCaseStore(), { publish: async () => { throw new Error('down'); }, subscribe: () => () => undefined, close: async () => undefined });
    await expect(broken.create(newCase())).resolves.toBeDefined();
  });
});

describe('RedisCaseEvents', () => {
  redis.it('delivers one instance\'s changes to another instance\'s subscribers', async () => {
    const channel = `${redis.prefix}events`;
    const a = new RedisCaseEvents({ client: redis.newClient(), channel });
    const b = new RedisCaseEvents({ client: redis.newClient(), channel });
    await Promise.all([a.ready(), b.ready()]);
    const seenA: CaseEvent[] = [];
    const seenB: CaseEvent[] = [];
    a.subscribe((e) => seenA.push(e));
    b.subscribe((e) => seenB.push(e));
    const prefix = `${redis.prefix}ev:`;
    const storeA = new PublishingCaseStore(new RedisCaseStore({ client: redis.client, prefix }), a);
    const storeB = new PublishingCaseStore(new RedisCaseStore({ client: redis.client, prefix }), b);
    const c = await storeA.create(newCase());
    await storeB.claim(c.id, 'sam');
    await waitFor(seenA, 2);
    await waitFor(seenB, 2);
    expect(seenA.map((e) => e.type)).toEqual(['created', 'claimed']);
    expect(seenB.map((e) => [e.type, e.caseId])).toEqual([['created', c.id], ['claimed', c.id]]);
    // Malformed messages on the channel are dropped.
    await redis.client.publish(channel, 'not json');
    await redis.client.publish(channel, JSON.stringify({ type: 'created', caseId: 'nope' }));
    await storeA.close(c.id, 'sam', 'Done.');
    await waitFor(seenB, 3);
    expect(seenB.map((e) => e.type)).toEqual(['created', 'claimed', 'closed']);
    await a.close();
    await b.close();
  });
});
