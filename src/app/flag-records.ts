/** Turning an engine flagCustomer effect into a stored flag row (pure; used inside the session transaction). */
import type { CustomerRef, Effect, Session } from '../engine/index.ts';
import type { FlagRecord } from '../ports.ts';

export const DEFAULT_FLAG_RETENTION_DAYS = 365;
const DAY = 86_400_000;

export function flagRecord(
  session: Session,
  customer: CustomerRef,
  effect: Extract<Effect, { type: 'flagCustomer' }>,
  now: number,
  retentionDays: number,
): FlagRecord {
  return {
    // The effect id is deterministic (session, version, index): a replayed transaction writes the same flag once.
    id: effect.id,
    customerKey: customer.key,
    hint: customer.hint,
    kind: effect.kind,
    teamId: session.teamId,
    agentId: session.agentId,
    sessionId: session.id,
    note: effect.note ?? null,
    createdAt: now,
    expiresAt: now + retentionDays * DAY,
  };
}
