/**
 * `holdline digest [--team t] [--week 2026-W47] [--png FILE]`: prints a team's weekly digest
 * (docs/digest.md); with --png also writes its chart (mood by day, incidents by kind, pages) to FILE.
 */
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { DEFAULT_TEAM } from '../app/care.ts';
import { errorKey } from '../app/errors.ts';
import { digestPng } from '../charts/png.ts';
import { isoWeek, weekBounds } from '../engine/care/checkin.ts';
import { renderDigest } from '../engine/care/render-digest.ts';
import { text } from '../engine/i18n/text.ts';
import { createLogger } from '../logger.ts';
import { openTeamFile } from '../paging/live-team-file.ts';
import { appFromConfig, systemClock } from '../wiring.ts';
import { openCliStore, readConfig } from './common.ts';
import type { CliCommand, CliIo } from './index.ts';

const USAGE = 'Usage: holdline digest [--team t] [--week 2026-W47] [--png FILE]';

function parseArgs(
  args: readonly string[],
): { team: string; week: string | undefined; png: string | undefined } | string {
  let team = DEFAULT_TEAM;
  let week: string | undefined;
  let png: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const [flag, value] = [args[i], args[i + 1]];
    if (
      (flag === '--team' || flag === '--week' || flag === '--png') &&
      value !== undefined &&
      !value.startsWith('--')
    ) {
      if (flag === '--team') team = value;
      else if (flag === '--week') week = value;
      else png = value;
      i++;
    } else return `Unknown or incomplete option "${flag}". ${USAGE}`;
  }
  return { team, week, png };
}

export const command: CliCommand = {
  summary: 'Print a team’s weekly digest: holdline digest [--team t] [--week 2026-W47] [--png FILE]',
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const parsed = parseArgs(args);
    if (typeof parsed === 'string') {
      io.err(parsed);
      return 2;
    }
    const config = readConfig(io);
    if (config === null) return 2;
    const locale = config.HOLDLINE_LOCALE;
    if (parsed.week !== undefined && weekBounds(parsed.week) === null) {
      io.err(text(locale, 'digest.bad_week'));
      return 2;
    }
    const store = await openCliStore(config);
    try {
      const log = createLogger({ level: 'error', format: 'json' });
      // The teams and supervisors `npm start` sees; only the digest is read, nothing is written.
      const { care } = appFromConfig(config, log, store, openTeamFile(config, null, systemClock.now), null);
      const r = await care.digest(parsed.team, parsed.week ?? isoWeek(systemClock.now()));
      if (!r.ok) {
        io.err(text(locale, errorKey(r.error.code), { detail: r.error.detail ?? '' }));
        return 1;
      }
      for (const line of renderDigest(r.value, locale)) io.out(line);
      if (parsed.png === undefined) return 0;
      const png = digestPng(r.value, locale);
      if (png === null) {
        io.err(text(locale, 'cli.digest_png_none'));
        return 1;
      }
      try {
        writeFileSync(parsed.png, png);
      } catch (err) {
        io.err(`${parsed.png}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
        return 1;
      }
      const { width, height } = PNG.sync.read(png);
      io.out(text(locale, 'cli.digest_png_written', { file: parsed.png, width, height }));
      return 0;
    } finally {
      await store.close();
    }
  },
};
