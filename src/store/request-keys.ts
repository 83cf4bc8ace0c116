/** Idempotency keys (`processed_requests`): shared by the session store and the care store. */
import { eq } from 'drizzle-orm';
import type { Db } from './drizzle-store.ts';
import { processedRequests } from './schema.ts';

/**
 * Claims `key` for `ref`. Returns null when this call claimed it, else the ref recorded by the first
 * claim ('' if it vanished in between, e.g. purged): the caller answers as the first request did.
 */
export async function claimRequestKey(db: Db, key: string, ref: string, now: number): Promise<string | null> {
  const rows = await db
    .insert(processedRequests)
    .values({ key, ref, createdAt: new Date(now) })
    .onConflictDoNothing()
    .returning({ key: processedRequests.key });
  if (rows.length === 1) return null;
  const prior = await db
    .select({ ref: processedRequests.ref })
    .from(processedRequests)
    .where(eq(processedRequests.key, key));
  return prior[0]?.ref ?? '';
}
