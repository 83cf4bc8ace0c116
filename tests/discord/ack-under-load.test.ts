/**
 * The acknowledgement must not wait for the database. On PGlite every statement runs synchronously
 * on this thread and settles without I/O, so a long run of statements (here: the outbox draining 150
 * effects) used to hold the event loop from start to end, and an interaction arriving meanwhile was
 * only read, and acknowledged, after the whole drain. The store now yields to I/O between statements.
 */
import { InteractionResponseType } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../src/engine/index.ts';
import { userObject } from '../fakes/discord/index.ts';
import { backends } from '../helpers/store.ts';
import { type Harness, startHarness } from './harness.ts';
import { complaint } from './steps.ts';

const EFFECTS = 150;

describe.each(backends)('acknowledgement during a long outbox drain on $name', (backend) => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(backend);
  });
  afterEach(async () => {
    await h.close();
  });

  /** A session on the test surface with many notices waiting in the outbox (delivered without I/O). */
  async function fillOutbox(): Promise<void> {
    const now = h.app.clock.now();
    const { session } = startSession(
      {
        id: 'busy-session',
        agentId: 'agent-busy',
        teamId: null,
        surface: 'test',
        kind: 'insult',
        channel: 'chat',
        locale: 'en',
        limits: { minutes: 20, hostility: 4, complexity: 3 },
        customer: null,
      },
      now,
    );
    const effects = Array.from({ length: EFFECTS }, (_, n) => ({
      effect: { type: 'notice', key: 'notice.decompress', id: `busy-${n}`, sessionId: session.id } as const,
      surface: 'test',
    }));
    await h.store.tx(async (tx) => {
      await tx.insertSession(session);
      await tx.enqueue(effects, now);
    });
  }

  it('sends the /complaint acknowledgement while the drain is still running', async () => {
    await fillOutbox();
    let deliveredAtAck = -1;
    const stop = h.fake.onRequest((r) => {
      if (r.method === 'POST' && r.path.endsWith('/callback')) deliveredAtAck = h.app.delivery.delivered.length;
    });
    const payload = complaint(userObject(), { kind: 'insult', customer: 'C-1001', channel: 'phone' });
    h.fake.dispatchInteraction(payload); // the frame is on its way…
    const drain = h.deliver(); // …while the runner starts draining the outbox
    // Generous: before the fix the callback came only after the whole drain (seconds under load).
    const ack = h.fake.waitFor((r) => r.method === 'POST' && r.path.startsWith(`/interactions/${payload.id}/`), 60_000);
    const cb = await ack;
    await drain;
    stop();

    expect((cb.body as { type?: number }).type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(h.app.delivery.delivered).toHaveLength(EFFECTS);
    // Acknowledged before the drain was over (it used to be exactly EFFECTS: after the last one).
    expect(deliveredAtAck).toBeGreaterThanOrEqual(0);
    expect(deliveredAtAck).toBeLessThan(EFFECTS);
  });
});
