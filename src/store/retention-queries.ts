/**
 * Retention (issue 18, docs/security.md "What is kept"): one purge over every table that holds what
 * people said or did, each kind of row with its own cut-off. Bounded batches keep each statement short;
 * the job comes back until a pass deletes fewer than the batch. Nothing still in use is touched: open
 * sessions, pending outbox rows, timers and breaks, escalations still paging.
 */
import { and, eq, inArray, isNotNull, lt, ne, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { isoWeek } from '../engine/care/checkin.ts';
import type { PurgeCounts, RetentionCutoffs } from '../ports.ts';
import type { Db } from './drizzle-store.ts';
import {
  anonymousContributors,
  auditLog,
  breaks,
  careNudges,
  careOutbox,
  checkins,
  deliveries,
  escalationEvents,
  escalations,
  flagAudit,
  outbox,
  sessions,
  timers,
} from './schema.ts';

const at = (ms: number) => new Date(ms);
const count = (rows: readonly unknown[]) => rows.length;

/** Deletes at most `limit` rows of `table` matching `where` (a bounded batch keeps the statement short). */
async function deleteBatch(db: Db, table: PgTable, id: AnyPgColumn, where: SQL | undefined, limit: number) {
  const batch = db.select({ id }).from(table).where(where).limit(limit);
  return count(await db.delete(table).where(inArray(id, batch)).returning({ id }));
}

export async function purgeBefore(db: Db, c: RetentionCutoffs, limit: number): Promise<PurgeCounts> {
  // Sessions (with their timelines, customer key and hint) closed before the cut-off, and what hangs off them.
  const oldSessions = await db
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.status, 'closed'), isNotNull(sessions.closedAt), lt(sessions.closedAt, at(c.sessions))))
    .limit(limit);
  const sessionIds = oldSessions.map((r) => r.id);
  let sessionsGone = 0;
  if (sessionIds.length > 0) {
    await db.transaction(async (tx) => {
      const escIds = (
        await tx.select({ id: escalations.id }).from(escalations).where(inArray(escalations.sessionId, sessionIds))
      ).map((r) => r.id);
      if (escIds.length > 0) {
        await tx.delete(escalationEvents).where(inArray(escalationEvents.escalationId, escIds));
        await tx.delete(escalations).where(inArray(escalations.id, escIds));
      }
      await tx.delete(outbox).where(inArray(outbox.sessionId, sessionIds));
      await tx.delete(timers).where(inArray(timers.sessionId, sessionIds));
      sessionsGone = count(
        await tx.delete(sessions).where(inArray(sessions.id, sessionIds)).returning({ id: sessions.id }),
      );
    });
  }

  // Escalations no longer paging, last changed before their cut-off, with their history.
  const oldEsc = (
    await db
      .select({ id: escalations.id })
      .from(escalations)
      .where(and(ne(escalations.status, 'paging'), lt(escalations.updatedAt, at(c.escalations))))
      .limit(limit)
  ).map((r) => r.id);
  let escalationsGone = 0;
  if (oldEsc.length > 0) {
    await db.transaction(async (tx) => {
      await tx.delete(escalationEvents).where(inArray(escalationEvents.escalationId, oldEsc));
      escalationsGone = count(
        await tx.delete(escalations).where(inArray(escalations.id, oldEsc)).returning({ id: escalations.id }),
      );
    });
  }
  const deliveriesGone = await deleteBatch(
    db,
    deliveries,
    deliveries.effectId,
    and(ne(deliveries.status, 'sending'), lt(deliveries.startedAt, at(c.escalations))),
    limit,
  );

  // Outbox rows delivered or given up, and timers fired, before the outbox cut-off.
  const outboxGone = await deleteBatch(
    db,
    outbox,
    outbox.id,
    and(ne(outbox.status, 'pending'), lt(outbox.createdAt, at(c.outbox))),
    limit,
  );
  const timersGone = await deleteBatch(
    db,
    timers,
    timers.id,
    and(ne(timers.status, 'pending'), lt(timers.createdAt, at(c.outbox))),
    limit,
  );
  // Care effects given up (a failed check-in post still holds its note): gone with the outbox cut-off.
  const careOutboxGone = await deleteBatch(
    db,
    careOutbox,
    careOutbox.id,
    and(ne(careOutbox.status, 'pending'), lt(careOutbox.availableAt, at(c.outbox))),
    limit,
  );

  // Named and private check-ins (with notes), breaks and nudge marks; anonymous moods stay (no person in them).
  const checkinsGone = await deleteBatch(db, checkins, checkins.id, lt(checkins.createdAt, at(c.checkins)), limit);
  const breaksGone = await deleteBatch(
    db,
    breaks,
    breaks.id,
    and(ne(breaks.status, 'pending'), lt(breaks.createdAt, at(c.checkins))),
    limit,
  );
  await db.delete(careNudges).where(lt(careNudges.createdAt, at(c.checkins)));
  // Contributor tokens (who gave an anonymous mood in a week, as a keyed hash) go with the named check-ins.
  const oldestWeekKept = isoWeek(c.checkins);
  await db.delete(anonymousContributors).where(lt(anonymousContributors.week, oldestWeekKept));

  const auditGone = await deleteBatch(db, flagAudit, flagAudit.id, lt(flagAudit.at, at(c.audit)), limit);
  const auditLogGone = await deleteBatch(db, auditLog, auditLog.id, lt(auditLog.at, at(c.audit)), limit);
  return {
    sessions: sessionsGone,
    escalations: escalationsGone,
    deliveries: deliveriesGone,
    outbox: outboxGone + timersGone + careOutboxGone,
    checkins: checkinsGone + breaksGone,
    audit: auditGone + auditLogGone,
  };
}
