/**
 * A failing query's parameters (a check-in note, a flag note) never reach the log: every guard logs
 * safeError(err) (class, message without parameters, PostgreSQL code), through the real pino logger.
 */
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CareService } from '../../src/app/care.ts';
import { safeError, safeMessage } from '../../src/app/safe-error.ts';
import { createLogger } from '../../src/logger.ts';
import type { Db, DrizzleStore } from '../../src/store/drizzle-store.ts';
import { wire } from '../helpers/app.ts';
import { backends, ManualClock, type MemoryLog } from '../helpers/store.ts';

const NOTE = 'heron-note-5521 about Jo';
const AGENT = 'console:wren-4471';

/** Writes what the app logged through the real logger (JSON) and returns the output. */
function throughPino(lines: MemoryLog['lines']): string {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const log = createLogger({ level: 'debug', format: 'json', destination });
  for (const l of lines) log[l.level as 'error' | 'warn' | 'info' | 'debug'](l.obj, l.msg);
  return chunks.join('');
}

describe('safeError', () => {
  it('keeps the class, the message before the parameters, the code and schema names', () => {
    const cause = Object.assign(new Error('new row for relation "checkins" violates check constraint "x"'), {
      code: '23514',
      table: 'checkins',
      constraint: 'x',
      detail: `Failing row contains (${NOTE}).`,
    });
    const err = Object.assign(new Error(`Failed query: insert into "checkins" values ($1)\nparams: ${NOTE}`), {
      name: 'DrizzleQueryError',
      query: 'insert into "checkins" values ($1)',
      params: [NOTE],
      cause,
    });
    const safe = safeError(err);
    expect(JSON.stringify(safe)).not.toContain('heron');
    expect(safe).toMatchObject({
      type: 'DrizzleQueryError',
      message: 'Failed query: insert into "checkins" values ($1)',
      cause: { type: 'Error', code: '23514', table: 'checkins', constraint: 'x' },
    });
    expect(safeMessage('invalid input syntax for type integer: "secret"')).toBe(
      'invalid input syntax for type integer: "…"',
    );
    expect(safeError('plain')).toEqual({ type: 'string', message: 'plain' });
  });
});

describe.each(backends)('guards log no query parameters ($name)', (backend) => {
  let store: DrizzleStore;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(() => store.close());
  const exec = (q: ReturnType<typeof sql>) => (store as unknown as { db: Db }).db.execute(q);

  it('a failing check-in insert: the note is in the error, not in the log', async () => {
    await exec(sql`ALTER TABLE checkins ADD CONSTRAINT refuse_all CHECK (false) NOT VALID`);
    const app = wire(store, { clock: new ManualClock() });
    const care = new CareService({
      store,
      care: store.care,
      clock: app.clock,
      log: app.log,
      newId: () => 'c1',
      directory: { teamOf: () => 't1', isSupervisor: () => false, supervisorsOf: () => [] },
      channels: { peer: () => null, checkin: () => 'checkins' },
      contributorToken: () => 'tok',
      anonymousDelayMs: 0,
      random: () => 0,
    });
    const r = await care.checkin({
      agentId: 'console:amira',
      surface: 'test',
      mood: 2,
      note: NOTE,
      visibility: 'named',
    });
    expect(r).toEqual({ ok: false, error: { code: 'internal' } });
    const out = throughPino(app.log.lines);
    expect(out).toContain('care checkin failed');
    expect(out).toContain('23514');
    expect(out).not.toContain('heron');

    // The control: the raw error carries the note, and pino would print it.
    const raw = await store.care
      .careTx((tx) =>
        tx.insertCheckin({
          id: 'c2',
          agentId: 'console:amira',
          teamId: 't1',
          visibility: 'named',
          mood: 2,
          note: NOTE,
          day: '2026-11-23',
          week: '2026-W48',
          createdAt: 0,
        }),
      )
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(throughPino([{ level: 'error', obj: { err: raw }, msg: 'raw' }])).toContain('heron');
  });

  it('a failing session update in SessionService.apply: the session state (its parameters) stays out of the log', async () => {
    const app = wire(store, { clock: new ManualClock() });
    const s = await app.sessions.start({
      agentId: AGENT,
      surface: 'test',
      kind: 'hostile',
      channel: 'phone',
      locale: 'en',
    });
    if (!s.ok) throw new Error(s.error.code);
    await exec(sql`ALTER TABLE sessions ADD CONSTRAINT refuse_all CHECK (false) NOT VALID`);
    const r = await app.sessions.apply({
      sessionId: s.value.session.id,
      actor: AGENT,
      event: { type: 'complexity', value: 2 },
    });
    const out = throughPino(app.log.lines);
    expect(r, out).toEqual({ ok: false, error: { code: 'internal' } });
    expect(out).toContain('session apply failed');
    expect(out).toContain('DrizzleQueryError');
    expect(out).toContain('23514');
    // The UPDATE's parameters hold the whole session state (agent id, steps, …): none of it is logged.
    expect(out).not.toContain('wren-4471');
    expect(out).not.toContain('stepId');
  });
});
