/**
 * `holdline pepper rotate --from-env OLD_VAR --to-env NEW_VAR --by <admin>`: re-keys every stored customer
 * key and anonymous contributor token from the old pepper to the new one in one transaction, replaces the
 * stored fingerprint and writes an audit record (docs/security.md, "Rotating the pepper"). Both peppers
 * are read from the environment variables named, never from the command line (which other users of the
 * host can see). Stop every Holdline instance first, then start them with the new FLAG_PEPPER.
 */
import { parseArgs } from 'node:util';
import type { Config } from '../config.ts';
import { text } from '../engine/index.ts';
import { TeamDirectory } from '../paging/directory.ts';
import { readTeamFile } from '../paging/team-file.ts';
import { PepperMismatchError, PepperUnknownError, pepperFingerprint, rotatePepper } from '../privacy/pepper.ts';
import { openCliStore, readConfig } from './common.ts';
import { osUser } from './flags.ts';
import type { CliCommand } from './index.ts';

export const command: CliCommand = {
  summary: text('en', 'pepper.summary'),
  async run(args, io) {
    const config = readConfig(io);
    if (config === null) return 2;
    const t = (key: Parameters<typeof text>[1], params?: Record<string, string | number>) =>
      text(config.HOLDLINE_LOCALE, key, params);
    let opts: { fromEnv: string; toEnv: string; by: string };
    try {
      opts = parse(args);
    } catch {
      io.err(t('pepper.usage'));
      return 2;
    }
    const from = io.env[opts.fromEnv] ?? '';
    const to = io.env[opts.toEnv] ?? '';
    if (from.length < 16 || to.length < 16) {
      io.err(t('pepper.missing', { from: opts.fromEnv, to: opts.toEnv }));
      return 2;
    }
    if (from === to) {
      io.err(t('pepper.same'));
      return 2;
    }
    if (!isAdmin(config, opts.by)) {
      io.err(t('pepper.not_admin', { by: opts.by }));
      return 3;
    }
    const store = await openCliStore(config, 2);
    try {
      const counts = await rotatePepper(store, from, to, { actor: opts.by, osUser: osUser() ?? null }, Date.now());
      io.out(t('pepper.rotated', { ...counts, fingerprint: pepperFingerprint(to), env: opts.toEnv }));
      return 0;
    } catch (err) {
      if (err instanceof PepperUnknownError) {
        io.err(t('pepper.no_fingerprint', { from: opts.fromEnv }));
        return 1;
      }
      if (!(err instanceof PepperMismatchError)) throw err;
      io.err(t('pepper.wrong_from', { from: opts.fromEnv }));
      return 1;
    } finally {
      await store.close();
    }
  },
};

function parse(args: readonly string[]): { fromEnv: string; toEnv: string; by: string } {
  const { positionals, values } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { 'from-env': { type: 'string' }, 'to-env': { type: 'string' }, by: { type: 'string' } },
  });
  const fromEnv = values['from-env'];
  const toEnv = values['to-env'];
  if (positionals.join(' ') !== 'rotate' || !fromEnv || !toEnv || !values.by) throw new Error('usage');
  return { fromEnv, toEnv, by: values.by };
}

/** Rotation touches every team's data: only an admin (team file `admins:` or HOLDLINE_SUPERVISORS). */
function isAdmin(config: Config, by: string): boolean {
  const team = new TeamDirectory(config.HOLDLINE_CONFIG ? readTeamFile(config.HOLDLINE_CONFIG) : null, {
    supervisors: config.HOLDLINE_SUPERVISORS,
  });
  return team.flagTeams(by) === 'all';
}
