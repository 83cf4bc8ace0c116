/** The database's own settings (schema-access.ts `settings`). */
import { eq } from 'drizzle-orm';
import type { Db } from './drizzle-store.ts';
import { settings } from './schema.ts';

/** Stores `value` under `key` unless one is there already; returns the value now stored. */
export async function claimSetting(db: Db, key: string, value: string, now: number): Promise<string> {
  await db
    .insert(settings)
    .values({ key, value, updatedAt: new Date(now) })
    .onConflictDoNothing();
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, key));
  return row?.value ?? value;
}

/** Replaces the value under `key`. */
export async function putSetting(db: Db, key: string, value: string, now: number): Promise<void> {
  await db
    .insert(settings)
    .values({ key, value, updatedAt: new Date(now) })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date(now) } });
}
