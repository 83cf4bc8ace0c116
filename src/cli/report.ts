/**
 * `holdline report <session-id> --by <person> [--tz <zone>] [--md <file>] [--pdf <file>]`: the incident
 * report of one session (issue 20), as Markdown (stdout, or --md) and PDF (--pdf). --by must be one of
 * the session team's supervisors (or an admin, or in HOLDLINE_SUPERVISORS) or one of its security or legal
 * recipients in the team file; the read is in the audit log with the OS user. A threat statement is opened
 * with STATEMENT_KEY (or STATEMENT_KEY_PREVIOUS); without it the report says the statement is sealed.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { errorKey } from '../app/errors.ts';
import { reportBlocks } from '../app/report/blocks.ts';
import { toMarkdown } from '../app/report/markdown.ts';
import { toPdf } from '../app/report/pdf.ts';
import { isTimeZone, type MessageKey, text } from '../engine/index.ts';
import { createLogger } from '../logger.ts';
import { openTeamFile } from '../paging/live-team-file.ts';
import { appFromConfig, systemClock } from '../wiring.ts';
import { openCliStore, readConfig } from './common.ts';
import { osUser } from './flags.ts';
import type { CliCommand } from './index.ts';

export const command: CliCommand = {
  summary: text('en', 'report.summary'),
  async run(args, io) {
    let opts: { id: string; by: string; tz?: string | undefined; md?: string | undefined; pdf?: string | undefined };
    try {
      const { values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
          by: { type: 'string' },
          tz: { type: 'string' },
          md: { type: 'string' },
          pdf: { type: 'string' },
        },
      });
      const [id, ...extra] = positionals;
      if (id === undefined || values.by === undefined || extra.length > 0) throw new Error('usage');
      if (values.tz !== undefined && !isTimeZone(values.tz)) throw new Error('usage');
      opts = { id, by: values.by, tz: values.tz, md: values.md, pdf: values.pdf };
    } catch {
      io.err(text('en', 'report.usage'));
      return 2;
    }
    const config = readConfig(io);
    if (config === null) return 2;
    const locale = config.HOLDLINE_LOCALE;
    const t = (key: MessageKey, params?: Record<string, string | number>) => text(locale, key, params);
    // Errors only, to stderr; a refusal's sentence is what the person at the terminal needs.
    const log = createLogger({ level: 'error', format: 'json' });
    const store = await openCliStore(config, 2);
    try {
      // Readers: the team file's supervisors (their own teams), its admins, HOLDLINE_SUPERVISORS and the team's
      // security and legal recipients; the same wiring as `npm start` (src/wiring.ts).
      const { reports } = appFromConfig(config, log, store, openTeamFile(config, null, systemClock.now), null, {
        osUser: osUser(),
      });
      const r = await reports.build(opts.by, opts.id, 'cli');
      if (!r.ok) {
        io.err(t(errorKey(r.error.code), { detail: r.error.detail ?? '', ...r.error.params }));
        return r.error.code === 'not_a_reader' ? 3 : 1;
      }
      const blocks = reportBlocks(r.value, locale, opts.tz ?? config.timeZone);
      const markdown = toMarkdown(blocks);
      if (opts.md === undefined) io.out(markdown.trimEnd());
      else {
        writeFileSync(opts.md, markdown, { mode: 0o600 });
        io.err(t('report.written', { file: opts.md }));
      }
      if (opts.pdf !== undefined) {
        writeFileSync(opts.pdf, toPdf(blocks, locale, `${t('incident.title')} ${r.value.session.id}`).bytes, {
          mode: 0o600,
        });
        io.err(t('report.written', { file: opts.pdf }));
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
