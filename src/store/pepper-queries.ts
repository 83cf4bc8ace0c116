/**
 * Re-keying every stored customer key and anonymous contributor token in one transaction (issue 18,
 * src/privacy/keys.ts): the first start under the two-layer scheme, and `holdline pepper rotate`. The
 * settings table is locked for the transaction, so two instances starting at once re-key once.
 */
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { KeyState, RekeyCounts, RekeyPlan } from '../ports.ts';
import { recordAudit } from './audit-queries.ts';
import type { Db } from './drizzle-store.ts';
import { anonymousContributors, flags, sessions, settings } from './schema.ts';

/** What the settings hold now, as the plan sees it inside the transaction. */
/** Runs `plan` under the settings lock; null from it: nothing to do (returns null). A throw rolls back. */
export async function rekeyCustomerData(
  db: Db,
  keys: readonly string[],
  plan: (state: KeyState) => RekeyPlan | null,
  now: number,
): Promise<RekeyCounts | null> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`lock table ${settings} in share row exclusive mode`);
    const rows = await tx
      .select({ key: settings.key, value: settings.value })
      .from(settings)
      .where(inArray(settings.key, [...keys]));
    const anyRow = async () => {
      const f = await tx.select({ k: flags.id }).from(flags).limit(1);
      const s = await tx.select({ k: sessions.id }).from(sessions).where(isNotNull(sessions.customerKey)).limit(1);
      const c = await tx.select({ k: anonymousContributors.token }).from(anonymousContributors).limit(1);
      return f.length + s.length + c.length > 0;
    };
    const p = plan({ settings: Object.fromEntries(rows.map((r) => [r.key, r.value])), hasRows: await anyRow() });
    if (p === null) return null;

    let flagCount = 0;
    const flagKeys = await tx.selectDistinct({ key: flags.customerKey }).from(flags);
    for (const { key } of flagKeys) {
      const next = p.customerKey(key);
      const changed = await tx
        .update(flags)
        .set({ customerKey: next })
        .where(eq(flags.customerKey, key))
        .returning({ id: flags.id });
      flagCount += changed.length;
    }
    const keyed = await tx
      .select({ id: sessions.id, key: sessions.customerKey })
      .from(sessions)
      .where(isNotNull(sessions.customerKey));
    for (const { id, key } of keyed) {
      const next = p.customerKey(key ?? '');
      // The engine's state carries the key too (session.customer.key).
      await tx
        .update(sessions)
        .set({
          customerKey: next,
          state: sql`case when ${sessions.state} -> 'customer' ? 'key' then jsonb_set(${sessions.state}, '{customer,key}', to_jsonb(${next}::text)) else ${sessions.state} end`,
        })
        .where(eq(sessions.id, id));
    }
    const tokens = await tx.select().from(anonymousContributors);
    for (const t of tokens)
      await tx
        .update(anonymousContributors)
        .set({ token: p.token(t.token) })
        .where(
          and(
            eq(anonymousContributors.teamId, t.teamId),
            eq(anonymousContributors.week, t.week),
            eq(anonymousContributors.token, t.token),
          ),
        );
    for (const [key, value] of Object.entries(p.settings))
      await tx
        .insert(settings)
        .values({ key, value, updatedAt: new Date(now) })
        .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date(now) } });
    const counts = { flags: flagCount, sessions: keyed.length, contributors: tokens.length };
    if (p.audit)
      await recordAudit(tx as unknown as Db, {
        ...p.audit,
        count: counts.flags + counts.sessions + counts.contributors,
      });
    return counts;
  });
}
