/**
 * Threat statements keep their own retention (issue 20): STATEMENT_RETENTION_DAYS from when each was
 * written, purged by the one retention job, on PGlite (and PostgreSQL when TEST_DATABASE_URL is set).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION_DAYS, RetentionService } from '../../src/app/retention.ts';
import { StatementService } from '../../src/app/statements.ts';
import { StatementCipher } from '../../src/privacy/statement-cipher.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { EditablePolicies, TEST_STATEMENT_KEY, wire } from '../helpers/app.ts';
import { backends, ManualClock, MemoryLog } from '../helpers/store.ts';

const DAY = 86_400_000;

describe.each(backends)('statement retention ($name)', (backend) => {
  let store: DrizzleStore;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(() => store.close());

  it('a statement lives STATEMENT_RETENTION_DAYS, then the retention job deletes it (its session may stay)', async () => {
    const clock = new ManualClock();
    const app = wire(store, { clock });
    const statements = new StatementService({
      store: store.statements,
      sessions: store,
      cipher: new StatementCipher(TEST_STATEMENT_KEY),
      clock,
      log: app.log,
      newId: () => `st-${clock.now()}`,
      retentionDays: 30,
      directory: { isSupervisor: () => false },
      policies: new EditablePolicies(),
    });
    const s = await app.sessions.start({
      agentId: 'console:amira',
      surface: 'test',
      kind: 'physical_threat',
      channel: 'in_person',
      locale: 'en',
    });
    if (!s.ok) throw new Error(s.error.code);
    const session = s.value.session;
    expect((await statements.write('console:amira', session.id, { said: 'first' })).ok).toBe(true);
    clock.advance(10 * DAY);
    expect((await statements.write('console:amira', session.id, { said: 'second' })).ok).toBe(true);
    // Not the agent's session, not a threat: refused, nothing written.
    expect(await statements.write('console:bo', session.id, { said: 'x' })).toMatchObject({
      error: { code: 'not_yours' },
    });

    const log = new MemoryLog();
    const retention = new RetentionService({ store, clock, log, days: DEFAULT_RETENTION_DAYS, statements });
    clock.advance(21 * DAY); // the first is 31 days old, the second 21
    expect((await retention.purge()).statements).toBe(1);
    expect((await statements.openFor(session)).map((x) => x.said)).toEqual(['second']);
    clock.advance(10 * DAY);
    expect((await retention.purge()).statements).toBe(1);
    expect(await statements.openFor(session)).toEqual([]);
    expect(await store.getSession(session.id)).not.toBeNull();
  });
});
