/**
 * Customer flags for supervisors (field guide §5, §7): look up a customer's flags with notes, remove a
 * flag with a reason (audited), export the threat record for the legal team, and purge expired flags.
 * Agents flag through SessionService.apply({ event: { type: 'flag', kind, note } }); the summary they
 * see at the next start comes from SessionService.start. Clear references and notes are never logged.
 */
import { cleanText } from '../engine/clean-text.ts';
import { text } from '../engine/i18n/text.ts';
import type { FlagKind, Locale, TimelineValue } from '../engine/index.ts';
import { FLAG_KINDS } from '../engine/model.ts';
import type { AuditAction, Clock, Directory, FlagRecord, Logger, Pseudonymiser, Store } from '../ports.ts';
import { type AppErrorCode, fail, isUnavailable, ok, type Result } from './errors.ts';
import { DAY_MS, DEFAULT_RETENTION_DAYS } from './retention.ts';
import { safeError } from './safe-error.ts';

export const MAX_REASON = 500;
const LIST_LIMIT = 500;
const PURGE_BATCH = 1_000;

export interface FlagLookup {
  readonly hint: string;
  readonly flags: readonly FlagRecord[];
}

/** Marks where a lookup line's time goes: each chat adapter escapes the line, then puts its own date token here. */
export const LOOKUP_WHEN = '\uE000when\uE000';

/** A lookup as chat sentences before any markup: the header (counts by kind), then each flag, newest first. */
export interface LookupText {
  readonly header: string;
  readonly entries: readonly { readonly line: string; readonly note: string | null; readonly createdAt: number }[];
}

/** The sentences of a supervisor's lookup in `locale` (Slack and Discord add their markup, escaping and dates). */
export function lookupText(locale: Locale, found: FlagLookup): LookupText {
  const { hint, flags } = found;
  const kinds = FLAG_KINDS.map((kind) => ({ kind, count: flags.filter((f) => f.kind === kind).length }))
    .filter((c) => c.count > 0)
    .map((c) => text(locale, 'chat.flag.kind_count', { kind: { key: `flags.kind.${c.kind}` }, count: c.count }));
  return {
    header: text(locale, 'chat.flag.lookup_header', { count: flags.length, hint, kinds: kinds.join(', ') }),
    entries: flags.map((f) => ({
      line: text(locale, 'chat.flag.lookup_line', {
        kind: { key: `flags.kind.${f.kind}` },
        date: LOOKUP_WHEN,
        team: f.teamId === null ? { key: 'flags.no_team' } : text(locale, 'flags.team', { team: f.teamId }),
        id: f.id,
      }),
      note: f.note === null ? null : text(locale, 'chat.flag.lookup_note', { note: f.note.replace(/\s+/g, ' ') }),
      createdAt: f.createdAt,
    })),
  };
}

/** The legal team's record: every contact with this customer and its timeline, plus the flags. Times are ISO. */
export interface ThreatRecord {
  readonly customer: string;
  readonly generatedAt: string;
  readonly generatedBy: string;
  readonly flags: readonly (Omit<FlagRecord, 'customerKey' | 'createdAt' | 'expiresAt'> & {
    readonly createdAt: string;
    readonly expiresAt: string;
  })[];
  readonly sessions: readonly {
    readonly id: string;
    readonly agentId: string;
    readonly teamId: string | null;
    readonly surface: string;
    readonly kind: string;
    readonly channel: string;
    readonly startedAt: string;
    readonly closedAt: string | null;
    readonly outcome: string | null;
    readonly timeline: readonly { at: string; type: string; data?: Readonly<Record<string, TimelineValue>> }[];
  }[];
}

export interface FlagServiceDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly log: Logger;
  readonly directory: Directory;
  readonly pseudonymiser: Pseudonymiser;
  /** The operating-system user behind a CLI command, recorded in the audit log with the person. */
  readonly osUser?: string | undefined;
  /** SESSION_RETENTION_DAYS: an export never reaches further back (default 365). */
  readonly sessionRetentionDays?: number;
}

/** Dates an export is limited to (ms): sessions that started in [from, to). */
export interface ExportRange {
  readonly from?: number | undefined;
  readonly to?: number | undefined;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Reads a flag kind typed by a person ("legal_threat", "legal threat", "Legal-Threat"). */
export function parseFlagKind(input: string): FlagKind | null {
  const k = input
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return (FLAG_KINDS as readonly string[]).includes(k) ? (k as FlagKind) : null;
}

export class FlagService {
  constructor(private readonly d: FlagServiceDeps) {}

  /** A customer's unexpired flags with notes, newest first. Supervisors only. */
  lookup(by: string, reference: string): Promise<Result<FlagLookup>> {
    return this.asSupervisor(by, 'lookup', async (teams) => {
      const customer = this.d.pseudonymiser.pseudonymise(reference);
      if (customer === null) return fail('bad_reference');
      const flags = await this.d.store.flagsFor(customer.key, this.d.clock.now(), LIST_LIMIT, teams);
      await this.audit(by, 'flags.lookup', null, flags.length);
      this.d.log.info({ by, op: 'flags.lookup', found: flags.length }, 'supervisor looked up a customer');
      return ok({ hint: customer.hint, flags });
    });
  }

  /** Removes one flag; who, when, which flag and why go to the audit table in the same transaction. */
  remove(by: string, flagId: string, reason: string): Promise<Result<FlagRecord>> {
    const why = cleanText(reason).trim();
    if (why === '') return Promise.resolve(fail('reason_required'));
    if (why.length > MAX_REASON)
      return Promise.resolve(fail('text_too_long', { params: { length: why.length, max: MAX_REASON } }));
    return this.asSupervisor(by, 'remove', async (teams) => {
      const now = this.d.clock.now();
      // Another team's flag is "not found": a team-scoped supervisor learns nothing of it.
      const removed = await this.d.store.removeFlag(
        flagId,
        { flagId, action: 'remove', by, reason: why, at: now },
        now,
        teams,
      );
      if (removed === null) return fail('flag_not_found');
      await this.audit(by, 'flags.remove', flagId, 1);
      this.d.log.info({ by, op: 'flags.remove', flagId, kind: removed.kind }, 'supervisor removed a flag');
      return ok(removed);
    });
  }

  /** The threat record for the legal team: the timelines of every session with this customer, and the flags. */
  exportRecord(by: string, reference: string, range: ExportRange = {}): Promise<Result<ThreatRecord>> {
    return this.asSupervisor(by, 'export', async (teams) => {
      const customer = this.d.pseudonymiser.pseudonymise(reference);
      if (customer === null) return fail('bad_reference');
      const now = this.d.clock.now();
      const flags = await this.d.store.flagsFor(customer.key, now, LIST_LIMIT, teams);
      // Newest first, within the asked dates, and never older than the sessions' own retention.
      const oldest = now - (this.d.sessionRetentionDays ?? DEFAULT_RETENTION_DAYS.sessions) * DAY_MS;
      const from = Math.max(range.from ?? oldest, oldest);
      const to = Math.min(range.to ?? now + 1, now + 1);
      const sessions = await this.d.store.sessionsForCustomer(customer.key, { from, to }, LIST_LIMIT, teams);
      this.d.log.info({ by, op: 'flags.export', sessions: sessions.length }, 'supervisor exported a threat record');
      await this.audit(by, 'flags.export', null, sessions.length);
      return ok({
        customer: customer.hint,
        generatedAt: iso(now),
        generatedBy: by,
        flags: flags.map(({ customerKey: _key, createdAt, expiresAt, ...f }) => ({
          ...f,
          createdAt: iso(createdAt),
          expiresAt: iso(expiresAt),
        })),
        sessions: sessions.map((s) => ({
          id: s.id,
          agentId: s.agentId,
          teamId: s.teamId,
          surface: s.surface,
          kind: s.kind,
          channel: s.channel,
          startedAt: iso(s.startedAt),
          closedAt: s.closedAt === null ? null : iso(s.closedAt),
          outcome: s.outcome,
          timeline: s.timeline.map((e) => ({ ...e, at: iso(e.at) })),
        })),
      });
    });
  }

  /** Deletes flags past their retention, in batches, until none are left (RetentionService does all kinds). */
  async purgeExpired(): Promise<number> {
    const now = this.d.clock.now();
    let total = 0;
    for (;;) {
      const n = await this.d.store.purgeExpiredFlags(now, PURGE_BATCH);
      total += n;
      if (n < PURGE_BATCH) break;
    }
    if (total > 0) this.d.log.info({ purged: total }, 'expired customer flags purged');
    return total;
  }

  /** Who read or changed what: ids and counts, never the reference looked up or the reason given. */
  private audit(by: string, action: AuditAction, subject: string | null, count: number): Promise<void> {
    return this.d.store.recordAudit({
      at: this.d.clock.now(),
      actor: by,
      action,
      subject,
      count,
      osUser: this.d.osUser ?? null,
    });
  }

  /**
   * Runs `fn` for a supervisor with the teams they may act on (undefined: every team); anyone else is refused.
   * A team-file supervisor acts on their own team(s) only; admins and HOLDLINE_SUPERVISORS on every team.
   */
  private async asSupervisor<T>(
    by: string,
    op: string,
    fn: (teams: readonly string[] | undefined) => Promise<Result<T>>,
  ): Promise<Result<T>> {
    const dir = this.d.directory;
    const scope = dir.flagTeams ? dir.flagTeams(by) : dir.isSupervisor(by) ? 'all' : [];
    if (scope !== 'all' && scope.length === 0) {
      this.d.log.warn({ by, op: `flags.${op}` }, 'refused: not a supervisor');
      return fail('not_supervisor');
    }
    try {
      return await fn(scope === 'all' ? undefined : scope);
    } catch (err) {
      const code: AppErrorCode = isUnavailable(err) ? 'store_unavailable' : 'internal';
      // The error may quote query parameters (a reason, a note): safeError leaves them out.
      this.d.log.error({ op: `flags.${op}`, error: safeError(err) }, 'flag operation failed');
      return fail(code);
    }
  }
}
