/**
 * `holdline flags lookup <reference> --by <person>`, `remove <flag-id> --reason "…" --by <person>`,
 * `export <reference> --by <person>`: supervisors' flag commands. Opens the store from config
 * (DATABASE_URL or DATA_DIR); the person given with --by must be a supervisor in the team file
 * (HOLDLINE_CONFIG) or in HOLDLINE_SUPERVISORS. The audit log records the person and the OS user.
 */
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { errorKey, type Result } from '../app/errors.ts';
import { type Config, ConfigError, loadConfig } from '../config.ts';
import type { MessageKey } from '../engine/i18n/catalogue.ts';
import { text } from '../engine/i18n/text.ts';
import { createLogger } from '../logger.ts';
import { openTeamFile } from '../paging/live-team-file.ts';
import type { CustomerKeys } from '../privacy/keys.ts';
import { loadPepper, openCustomerKeys, PepperMismatchError } from '../privacy/pepper.ts';
import { appFromConfig, systemClock } from '../wiring.ts';
import { openCliStore } from './common.ts';
import type { CliCommand } from './index.ts';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const command: CliCommand = {
  summary: text('en', 'flags.summary'),
  async run(args, io) {
    let parsed: ReturnType<typeof parse>;
    let config: Config;
    try {
      parsed = parse(args);
      config = loadConfig(io.env);
    } catch (err) {
      io.err(err instanceof ConfigError ? err.message : text('en', 'flags.usage'));
      return 2;
    }
    const t = (key: MessageKey, params?: Record<string, string | number>) => text(config.HOLDLINE_LOCALE, key, params);
    const { sub, target, by, reason, from, to } = parsed;
    if (target === undefined || by === undefined || (sub === 'remove' && reason === undefined)) {
      io.err(t(sub === 'remove' && reason === undefined && target && by ? 'error.reason_required' : 'flags.usage'));
      return 2;
    }
    // Errors only, to stderr: the person at the terminal gets the sentence, not the refusal's log line.
    const log = createLogger({ level: 'error', format: 'json' });
    const store = await openCliStore(config, 2);
    try {
      const pepper = loadPepper(config, log);
      let keys: CustomerKeys;
      try {
        keys = await openCustomerKeys(store, pepper, Date.now());
      } catch (err) {
        if (!(err instanceof PepperMismatchError)) throw err;
        io.err(err.message);
        return 2;
      }
      // Who may act with --by: the team file's supervisors (their own teams), its admins and HOLDLINE_SUPERVISORS.
      const { flags } = appFromConfig(config, log, store, openTeamFile(config, null, systemClock.now), keys, {
        osUser: osUser(),
      });
      const fail = (r: Result<unknown>) => {
        if (!r.ok) io.err(t(errorKey(r.error.code), { detail: r.error.detail ?? '', ...r.error.params }));
        return r.ok ? 0 : r.error.code === 'not_supervisor' ? 3 : 1;
      };
      if (sub === 'remove') {
        const r = await flags.remove(by, target, reason ?? '');
        if (r.ok) io.out(t('flags.removed', { id: r.value.id }));
        return fail(r);
      }
      if (sub === 'export') {
        const r = await flags.exportRecord(by, target, { from, to });
        if (r.ok) io.out(JSON.stringify(r.value, null, 2));
        return fail(r);
      }
      const r = await flags.lookup(by, target);
      if (!r.ok) return fail(r);
      const { hint, flags: found } = r.value;
      io.out(found.length === 0 ? t('flags.none', { hint }) : t('flags.lookup_header', { count: found.length, hint }));
      for (const f of found) {
        io.out(
          t('flags.lookup_line', {
            id: f.id,
            kind: t(`flags.kind.${f.kind}`),
            date: day(f.createdAt),
            agent: f.agentId,
            team: f.teamId === null ? t('flags.no_team') : t('flags.team', { team: f.teamId }),
            session: f.sessionId ?? '-',
            expires: day(f.expiresAt),
          }),
        );
        if (f.note !== null) io.out(t('flags.lookup_note', { note: f.note }));
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};

function parse(args: readonly string[]) {
  const { positionals, values } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { by: { type: 'string' }, reason: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } },
  });
  const [sub, target, ...extra] = positionals;
  if ((sub !== 'lookup' && sub !== 'remove' && sub !== 'export') || extra.length > 0) throw new Error('usage');
  // --from / --to (UTC days, --to inclusive): the export's sessions started within them.
  const from = dateArg(values.from, 0);
  const to = dateArg(values.to, 86_400_000);
  return { sub, target, by: values.by, reason: values.reason, from, to };
}

function dateArg(v: string | undefined, plus: number): number | undefined {
  if (v === undefined) return undefined;
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(`${v}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(ms)) throw new Error('usage');
  return ms + plus;
}

export function osUser(): string | undefined {
  try {
    return userInfo().username || undefined;
  } catch {
    return undefined;
  }
}
