/** `holdline pages stats [--days n]`: time to acknowledge per team, from the database. */
import { openCliStore, readConfig } from './common.ts';
import type { CliCommand } from './index.ts';

const fmt = (ms: number | null) =>
  ms === null ? '-' : ms < 60_000 ? `${Math.round(ms / 1000)} s` : `${(ms / 60_000).toFixed(1)} min`;

export const command: CliCommand = {
  summary: 'stats [--days n]  pages and time to acknowledge per team',
  async run(args, io) {
    const days = args[0] === '--days' ? Number(args[1]) : 30;
    if (args[0] !== 'stats' && args[0] !== '--days' && args.length > 0) {
      io.err('Usage: holdline pages stats [--days n]');
      return 2;
    }
    if (!Number.isInteger(days) || days < 1) {
      io.err('--days takes a whole number of days, 1 or more.');
      return 2;
    }
    const config = readConfig(io);
    if (config === null) return 2;
    const store = await openCliStore(config, 1);
    try {
      const rows = await store.pageStats(Date.now() - days * 86_400_000);
      io.out(`Pages in the last ${days} day(s), time to acknowledge per team:`);
      io.out('team                 pages  acked  exhausted  open  median  p90     max');
      for (const r of rows)
        io.out(
          `${(r.teamId ?? '(no team)').padEnd(20)} ${String(r.escalations).padStart(5)}  ${String(r.acknowledged).padStart(5)}  ${String(r.exhausted).padStart(9)}  ${String(r.open).padStart(4)}  ${fmt(r.medianAckMs).padEnd(7)} ${fmt(r.p90AckMs).padEnd(7)} ${fmt(r.maxAckMs)}`,
        );
      if (rows.length === 0) io.out('(no pages)');
      // Per-recipient delivery: who pages could not reach, and why (docs/paging.md).
      const missed = await store.unreachableSince(Date.now() - days * 86_400_000);
      if (missed.length > 0) {
        io.out('');
        io.out('Could not reach (recipient, why, pages missed):');
        for (const m of missed)
          io.out(`  ${(m.teamId ?? '(no team)').padEnd(20)} ${m.to.padEnd(28)} ${m.reason.padEnd(10)} ${m.pages}`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
