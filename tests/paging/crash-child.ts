/**
 * A real Holdline app (sessions, escalations, dispatcher, runner) over a PGlite data folder, for the
 * kill-and-restart test. Each delivered page appends its effect id to a file (fsync'd): the "platform".
 * HOLD_AT makes the process stop at one point and wait to be killed with SIGKILL:
 *   after-commit  escalations committed, nothing delivered
 *   before-send   journal says 'sending', the platform has not been called (HOLD_N-th page)
 *   after-send    the platform has the page, the journal does not know yet (HOLD_N-th page)
 *   after-mark    the journal says 'sent', the outbox row is not done yet (HOLD_N-th page)
 * Usage: tsx crash-child.ts <dataDir> <pagesFile> <clockMs> <create n | drain>
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { createApp } from '../../src/app/create-app.ts';
import type { Session } from '../../src/engine/index.ts';
import { TeamDirectory } from '../../src/paging/directory.ts';
import { parseTeamFile } from '../../src/paging/team-file.ts';
import type { DeliveryReceipt, EffectDelivery, Logger, OutboxItem } from '../../src/ports.ts';
import { HmacPseudonymiser } from '../../src/privacy/customer-ref.ts';
import { openStore } from '../../src/store/open.ts';

const [dataDir, pagesFile, clockArg, mode, count] = process.argv.slice(2);
if (!dataDir || !pagesFile || !clockArg || !mode) throw new Error('usage: crash-child.ts dir file clock mode [n]');
const holdAt = process.env.HOLD_AT ?? '';
const holdN = Number(process.env.HOLD_N ?? '1');
const clock = { now: () => Number(clockArg) };
/** Every agent is in team `crash`: one level (console:sup1, re-paged once after 5 minutes) and a page channel. */
const TEAM = parseTeamFile(`
defaults: { team: crash }
teams:
  crash:
    escalation:
      levels: [{ supervisors: [console:sup1], ackTimeoutMinutes: 5, repeat: 1 }]
      channels: { console: [pages] }
`);
const quiet: Logger = {
  info() {},
  warn() {},
  debug() {},
  error: (o, m) => process.stderr.write(`${m} ${JSON.stringify(o)}\n`),
};

/** Stops here until the parent kills the process. */
function hold(point: string): Promise<never> {
  process.stdout.write(`HOLD ${point}\n`);
  return new Promise(() => setInterval(() => {}, 1000));
}

let pagesSeen = 0;
let marks = 0;
class FilePlatform implements EffectDelivery {
  async deliver(item: OutboxItem, _session: Session): Promise<DeliveryReceipt | undefined> {
    if (item.effect.type !== 'page') return undefined;
    pagesSeen++;
    if (holdAt === 'before-send' && pagesSeen === holdN) await hold('before-send');
    const fd = openSync(pagesFile as string, 'a');
    writeSync(fd, `${item.id} ${item.effect.message.kind}\n`);
    fsyncSync(fd);
    closeSync(fd);
    if (holdAt === 'after-send' && pagesSeen === holdN) await hold('after-send');
    return { ref: item.id };
  }
  /** The "platform" can be asked whether it already has a message for this effect id. */
  async findSent(item: OutboxItem): Promise<DeliveryReceipt | null> {
    if (!existsSync(pagesFile as string)) return null;
    const ids = readFileSync(pagesFile as string, 'utf8')
      .split('\n')
      .map((l) => l.split(' ')[0]);
    return ids.includes(item.id) ? { ref: item.id } : null;
  }
}

const real = await openStore({ kind: 'pglite', dataDir });
// The real store, with a pause point right after the journal records "sent".
const store: typeof real = Object.assign(Object.create(real) as typeof real, {
  async finishDelivery(id: string, ref: string | null, now: number) {
    await real.finishDelivery(id, ref, now);
    if (holdAt === 'after-mark' && ++marks === holdN) await hold('after-mark');
  },
});
let n = 0;
const owner = `child-${process.pid}`;
const { services, sessions, runner } = createApp(
  {
    store,
    clock,
    log: quiet,
    newId: () => `${process.pid}-${Date.now().toString(36)}-${++n}`,
    directory: new TeamDirectory(TEAM),
    pseudonymiser: new HmacPseudonymiser('crash-test-pepper-0123'),
    contributorToken: () => '',
    random: () => 0,
  },
  {
    owner,
    defaultLimits: { minutes: 60, hostility: 5, complexity: 5 },
    anonymousDelayMs: 0,
    hardContactsNudge: 3,
    shiftHours: 8,
    homeRefreshMs: 10_000,
  },
);
services.registerDelivery('console', new FilePlatform());

if (mode === 'create') {
  for (let i = 0; i < Number(count ?? '5'); i++) {
    const s = await sessions.start({
      agentId: `console:agent${i}`,
      surface: 'console',
      kind: 'hostile',
      channel: 'phone',
      locale: 'en',
    });
    if (!s.ok) throw new Error(`start: ${s.error.code}`);
    const r = await sessions.apply({
      sessionId: s.value.session.id,
      actor: null,
      event: { type: 'escalate', reason: 'agent_request' },
    });
    if (!r.ok) throw new Error(`escalate: ${r.error.code}`);
  }
  if (holdAt === 'after-commit') await hold('after-commit');
}
await runner.tick();
await real.close();
process.stdout.write('DONE\n');
