import { describe, expect, it } from 'vitest';
import { evaluate, loadFixture } from '../../bench/detector-eval-lib.ts';
import { INCIDENT_KINDS, LOCALES } from '../../src/engine/types.ts';

const dev = loadFixture('dev.jsonl');
const holdout = [...loadFixture('holdout.jsonl'), ...loadFixture('holdout-2.jsonl')];
const all = [...dev, ...holdout];

describe('labelled evaluation set', () => {
  it('is large, covers every language and every kind, and holds hard negatives', () => {
    expect(dev.length).toBeGreaterThanOrEqual(300);
    expect(holdout.length).toBeGreaterThanOrEqual(110);
    for (const locale of LOCALES) {
      const n = all.filter((u) => u.locale === locale).length;
      expect(n).toBeGreaterThanOrEqual(60);
      for (const kind of INCIDENT_KINDS) {
        expect(all.some((u) => u.locale === locale && u.kinds.includes(kind))).toBe(true);
      }
      expect(all.filter((u) => u.locale === locale && u.kinds.length === 0).length).toBeGreaterThanOrEqual(10);
    }
  });

  it('finds every physical threat and keeps macro-F1 at or above 0.85', () => {
    const report = evaluate(all);
    const missedThreats = report.misses
      .filter((m) => m.item.kinds.includes('physical_threat') && !m.got.includes('physical_threat'))
      .map((m) => m.item.text);
    expect(missedThreats).toEqual([]);
    expect(report.perKind.physical_threat.recall).toBe(1);
    expect(report.macroF1).toBeGreaterThanOrEqual(0.85);
  });
});
