/**
 * `holdline audit [--days N] [--by ID]`: the audit log, newest first (who, when, what: ids and counts,
 * never notes or references). Opens the store from config (DATABASE_URL or DATA_DIR); reading it needs
 * the same access to the database as the service itself.
 */
import { parseArgs } from 'node:util';
import { text } from '../engine/i18n/text.ts';
import { openCliStore, readConfig } from './common.ts';
import type { CliCommand } from './index.ts';

const DAY = 86_400_000;
const LIMIT = 10_000;

export const command: CliCommand = {
  summary: text('en', 'audit.summary'),
  async run(args, io) {
    let days: number;
    let by: string | null;
    try {
      const { values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: { days: { type: 'string' }, by: { type: 'string' } },
      });
      days = values.days === undefined ? 30 : Number(values.days);
      by = values.by ?? null;
      if (positionals.length > 0 || !Number.isInteger(days) || days < 1 || days > 3650) throw new Error('usage');
    } catch {
      io.err(text('en', 'audit.usage'));
      return 2;
    }
    const config = readConfig(io);
    if (config === null) return 2;
    const store = await openCliStore(config, 1);
    try {
      const rows = await store.auditSince(Date.now() - days * DAY, by, LIMIT);
      if (rows.length === 0) io.err(text(config.HOLDLINE_LOCALE, 'audit.none', { days }));
      // One tab-separated line per record: time, action, actor, OS user, subject, count, surface.
      for (const r of rows)
        io.out(
          [
            new Date(r.at).toISOString(),
            r.action,
            r.actor,
            r.osUser ?? '-',
            r.subject ?? '-',
            r.count ?? '-',
            r.surface ?? '-',
          ].join('\t'),
        );
      return 0;
    } finally {
      await store.close();
    }
  },
};
