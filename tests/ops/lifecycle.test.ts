/** src/lifecycle.ts: shutdown runs every step newest first, even past one that throws or hangs. */
import { expect, it } from 'vitest';
import { Lifecycle, Stopping } from '../../src/lifecycle.ts';
import { MemoryLog } from '../helpers/store.ts';

it('an adapter whose stop() throws (or hangs) does not keep the store from closing or the lock from being released', async () => {
  const log = new MemoryLog();
  const life = new Lifecycle(log, { exit: () => {}, stepMs: 100 });
  const done: string[] = [];
  await life.step(
    'database',
    async () => 'store',
    async () => void done.push('store closed, lock released'),
    { finish: true },
  );
  life.onStop('runner', async () => void done.push('runner stopped'));
  await life.step(
    'slack',
    async () => 'slack',
    async () => {
      throw new Error('socket already closed');
    },
  );
  await life.step(
    'discord',
    async () => 'discord',
    () => new Promise<void>(() => {}),
  ); // never settles
  life.requestStop('SIGTERM');
  await life.shutdown();
  expect(done).toEqual(['runner stopped', 'store closed, lock released']);
  expect(
    log.lines.filter((l) => l.msg === 'shutdown step failed').map((l) => (l.obj as { step: string }).step),
  ).toEqual(['discord', 'slack']);
});

it('a stop during a step that cannot finish (a login) ends the wait at once; its result is undone when it comes', async () => {
  const life = new Lifecycle(new MemoryLog(), { exit: () => {} });
  let resolveLogin: (v: string) => void = () => {};
  const undone: string[] = [];
  const step = life.step(
    'discord',
    () => new Promise<string>((r) => (resolveLogin = r)),
    async (v) => void undone.push(v),
  );
  life.requestStop('SIGTERM');
  await expect(step).rejects.toBeInstanceOf(Stopping);
  resolveLogin('client');
  await new Promise((r) => setImmediate(r));
  expect(undone).toEqual(['client']);
});

it('a step that must finish (the database) is told to give up through its signal, and then undone', async () => {
  const life = new Lifecycle(new MemoryLog(), { exit: () => {} });
  const step = life.step(
    'database',
    (signal) =>
      new Promise<string>((_, reject) => signal.addEventListener('abort', () => reject(new Error('migration ended')))),
    async () => {},
    { finish: true },
  );
  life.requestStop('SIGTERM');
  await expect(step).rejects.toBeInstanceOf(Stopping);
});
