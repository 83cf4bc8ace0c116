/** Agents' own settings: personal limits (field guide §3). */
import { type Limits, limitProblems } from '../engine/index.ts';
import type { Clock, Logger, Store } from '../ports.ts';
import { fail, isUnavailable, ok, type Result } from './errors.ts';

export class AgentService {
  constructor(private readonly d: { store: Store; clock: Clock; log: Logger; defaultLimits: Limits }) {}

  async limits(agentId: string): Promise<Result<Limits>> {
    try {
      const profile = await this.d.store.getAgent(agentId);
      return ok(profile?.limits ?? this.d.defaultLimits);
    } catch (err) {
      this.d.log.error({ err }, 'reading limits failed');
      return fail(isUnavailable(err) ? 'store_unavailable' : 'internal');
    }
  }

  /** Validates and saves; on invalid input returns the problem per field (for a modal or a prompt). */
  async setLimits(
    agentId: string,
    input: Record<keyof Limits, unknown>,
  ): Promise<Result<Limits> | { ok: false; fields: Partial<Record<keyof Limits, string>>; error?: undefined }> {
    const problems = limitProblems(input);
    if (Object.keys(problems).length > 0) return { ok: false, fields: problems };
    const limits = input as Limits;
    try {
      await this.d.store.tx(async (tx) => {
        const profile = await tx.getAgent(agentId);
        await tx.saveAgent(
          { agentId, teamId: profile?.teamId ?? null, locale: profile?.locale ?? null, limits },
          this.d.clock.now(),
        );
      });
      return ok(limits);
    } catch (err) {
      this.d.log.error({ err }, 'saving limits failed');
      return fail(isUnavailable(err) ? 'store_unavailable' : 'internal');
    }
  }
}
