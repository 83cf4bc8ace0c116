/**
 * `npm run digest:sample`: seeds eight weeks of a team (scripts/seed-month.ts) in an in-memory
 * database, builds the weekly digest of the last one, and writes the documentation sample:
 * docs/digest-sample.png (the chart) and docs/digest-sample.txt (the text). Prints how long it took.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { digestPng } from '../src/charts/png.ts';
import { renderDigest } from '../src/engine/index.ts';
import { migratedImage, openStore } from '../src/store/open.ts';
import { REPORT_WEEK, seedMonth, TEAM } from './seed-month.ts';

const docs = join(import.meta.dirname, '..', 'docs');
const store = await openStore({ kind: 'memory', loadDataDir: await migratedImage() });
try {
  const t0 = performance.now();
  const { app } = await seedMonth(store);
  const t1 = performance.now();
  const r = await app.care.digest(TEAM, REPORT_WEEK);
  if (!r.ok) throw new Error(r.error.code);
  const t2 = performance.now();
  const png = digestPng(r.value, 'en');
  const t3 = performance.now();
  if (png === null) throw new Error('the digest has no trend');
  writeFileSync(join(docs, 'digest-sample.png'), png);
  writeFileSync(join(docs, 'digest-sample.txt'), `${renderDigest(r.value, 'en').join('\n')}\n`);
  process.stdout.write(
    `seeded in ${Math.round(t1 - t0)} ms, digest built in ${Math.round(t2 - t1)} ms, PNG rendered in ${Math.round(t3 - t2)} ms (${png.length} bytes)\n`,
  );
} finally {
  await store.close();
}
