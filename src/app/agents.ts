/** Agents' own settings: personal limits (field guide §3) and language. */
import { isLocale, type Limits, type Locale, limitProblems, resolveLocale } from '../engine/index.ts';
import type { AgentProfile, Clock, Logger, Store, TeamDefaults } from '../ports.ts';
import { fail, isUnavailable, ok, type Result } from './errors.ts';
import { safeError } from './safe-error.ts';

export interface AgentServiceDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly log: Logger;
  readonly defaultLimits: Limits;
  /** The team default language (HOLDLINE_LOCALE); English when absent. */
  readonly defaultLocale?: Locale;
  /** Team default limits, when a team file is configured. */
  readonly teams?: TeamDefaults;
}

export class AgentService {
  constructor(private readonly d: AgentServiceDeps) {}

  async limits(agentId: string): Promise<Result<Limits>> {
    const profile = await this.read(agentId, 'reading limits failed');
    const fallback = this.d.teams?.defaultLimits(agentId) ?? this.d.defaultLimits;
    return profile.ok ? ok(profile.value?.limits ?? fallback) : profile;
  }

  /** Validates and saves; on invalid input returns the problem per field (for a modal or a prompt). */
  async setLimits(
    agentId: string,
    input: Record<keyof Limits, unknown>,
  ): Promise<Result<Limits> | { ok: false; fields: Partial<Record<keyof Limits, string>>; error?: undefined }> {
    const problems = limitProblems(input);
    if (Object.keys(problems).length > 0) return { ok: false, fields: problems };
    const limits = input as Limits;
    const saved = await this.update(agentId, { limits }, 'saving limits failed');
    return saved.ok ? ok(limits) : saved;
  }

  /** The person's own language choice (`/language`, `lang`), or null when they have not made one. */
  async locale(personId: string): Promise<Result<Locale | null>> {
    const profile = await this.read(personId, 'reading locale failed');
    // A value written by hand or by an older version that is not a shipped locale counts as no choice.
    const stored = profile.ok ? profile.value?.locale : null;
    return profile.ok ? ok(isLocale(stored) ? stored : null) : profile;
  }

  /** Stores the person's own language choice; null removes it (back to platform or team default). */
  async setLocale(personId: string, locale: Locale | null): Promise<Result<Locale | null>> {
    const saved = await this.update(personId, { locale }, 'saving locale failed');
    return saved.ok ? ok(locale) : saved;
  }

  /**
   * The language to speak to this person (an agent, or a supervisor receiving a page): their own choice,
   * else the platform's locale for them (Slack users.info `locale`, Discord `interaction.locale`), else
   * the team default, else English. When the store is down, the choice is skipped rather than failing a message.
   */
  async localeFor(personId: string, platformLocale?: string | null): Promise<Locale> {
    const own = await this.locale(personId);
    return resolveLocale([own.ok ? own.value : null, platformLocale, this.d.defaultLocale]);
  }

  /** The team default (HOLDLINE_LOCALE, else English): for escalation channels, which are read by many people. */
  teamLocale(): Locale {
    return resolveLocale([this.d.defaultLocale]);
  }

  private async read(agentId: string, what: string): Promise<Result<AgentProfile | null>> {
    try {
      return ok(await this.d.store.getAgent(agentId));
    } catch (err) {
      this.d.log.error({ error: safeError(err) }, what);
      return fail(isUnavailable(err) ? 'store_unavailable' : 'internal');
    }
  }

  /** Read-modify-write of one profile in a transaction, keeping the fields not being changed. */
  private async update(
    agentId: string,
    change: Partial<Pick<AgentProfile, 'limits' | 'locale'>>,
    what: string,
  ): Promise<Result<null>> {
    try {
      await this.d.store.tx(async (tx) => {
        const profile = await tx.getAgent(agentId);
        await tx.saveAgent(
          {
            agentId,
            teamId: profile?.teamId ?? null,
            locale: profile?.locale ?? null,
            limits: profile?.limits ?? null,
            ...change,
          },
          this.d.clock.now(),
        );
      });
      return ok(null);
    } catch (err) {
      this.d.log.error({ error: safeError(err) }, what);
      return fail(isUnavailable(err) ? 'store_unavailable' : 'internal');
    }
  }
}
