/** The audit log (schema-access.ts `audit_log`): appended by the app, read by `holdline audit`. */
import { and, desc, eq, gte } from 'drizzle-orm';
import type { AuditAction, AuditEntry } from '../ports.ts';
import type { Db } from './drizzle-store.ts';
import { auditLog } from './schema.ts';

export async function recordAudit(db: Db, e: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    at: new Date(e.at),
    actor: e.actor,
    action: e.action,
    subject: e.subject ?? null,
    count: e.count ?? null,
    osUser: e.osUser ?? null,
    surface: e.surface ?? null,
  });
}

export async function auditSince(db: Db, since: number, actor: string | null, limit: number): Promise<AuditEntry[]> {
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(gte(auditLog.at, new Date(since)), actor === null ? undefined : eq(auditLog.actor, actor)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
  return rows.map((r) => ({
    at: r.at.getTime(),
    actor: r.actor,
    action: r.action as AuditAction,
    subject: r.subject,
    count: r.count,
    osUser: r.osUser,
    surface: r.surface,
  }));
}
