import { describe, expect, it } from 'vitest';
import { evaluate, FIXTURE_SETS, HELD_OUT_GROUPS, loadFixture } from '../../bench/detector-eval-lib.ts';
import { INCIDENT_KINDS, LOCALES } from '../../src/engine/types.ts';

// Thresholds are asserted on the TUNED sets only. The held-out sets' figures are printed by
// `npm run eval:detector` and recorded in docs/detector.md; asserting them here would make them
// a tuning target and they would stop being held out.
const tuned = FIXTURE_SETS.filter((s) => s.group === 'tuned').flatMap((s) => s.files.flatMap(loadFixture));
const heldOut = FIXTURE_SETS.filter((s) => s.group !== 'tuned');

describe('labelled evaluation sets', () => {
  it('the tuned sets are large, cover every language and every kind, and hold hard negatives', () => {
    expect(tuned.length).toBeGreaterThanOrEqual(600);
    for (const locale of LOCALES) {
      const n = tuned.filter((u) => u.locale === locale).length;
      expect(n).toBeGreaterThanOrEqual(100);
      for (const kind of INCIDENT_KINDS) {
        expect(tuned.some((u) => u.locale === locale && u.kinds.includes(kind))).toBe(true);
      }
      expect(tuned.filter((u) => u.locale === locale && u.kinds.length === 0).length).toBeGreaterThanOrEqual(15);
    }
  });

  it('the held-out sets are well formed and cover every language and kind (their scores are not asserted)', () => {
    // Every group other than 'tuned' is a declared held-out group, one set each (none may be present
    // between rounds: heldout-1..heldout4-1 became tuned in round 7, heldout5-1 in round 8; the next one is heldout6).
    const groups = heldOut.map((s) => s.group);
    for (const g of groups) expect(HELD_OUT_GROUPS as readonly string[]).toContain(g);
    expect(new Set(groups).size).toBe(groups.length);
    for (const set of heldOut) {
      const items = set.files.flatMap(loadFixture);
      expect(items.length).toBeGreaterThanOrEqual(100);
      for (const u of items) {
        expect(LOCALES).toContain(u.locale);
        for (const k of u.kinds) expect(INCIDENT_KINDS).toContain(k);
        expect(u.text.trim().length).toBeGreaterThan(0);
      }
      for (const locale of LOCALES)
        for (const kind of INCIDENT_KINDS)
          expect(items.some((u) => u.locale === locale && u.kinds.includes(kind))).toBe(true);
    }
  });

  it('finds every physical threat in the tuned sets and keeps their macro-F1 at or above 0.85', () => {
    const report = evaluate(tuned);
    const missedThreats = report.misses
      .filter((m) => m.item.kinds.includes('physical_threat') && !m.got.includes('physical_threat'))
      .map((m) => m.item.text);
    expect(missedThreats).toEqual([]);
    expect(report.perKind.physical_threat.recall).toBe(1);
    expect(report.macroF1).toBeGreaterThanOrEqual(0.85);
  });
});
