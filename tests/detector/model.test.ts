import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SETS, loadFixture, trainOn } from '../../bench/detector-eval-lib.ts';
import { langIdSource } from '../../scripts/train-langid.ts';
import { PACKED_MODEL } from '../../src/engine/detector/model.generated.ts';
import {
  loadModel,
  loadPackedModel,
  packModel,
  type StoredModel,
  unpackModel,
} from '../../src/engine/detector/model.ts';

describe('the detector model (round 7)', () => {
  it('is what training on the tuned sets gives now (regenerate: npx tsx scripts/train-detector.ts)', () => {
    const tuned = FIXTURE_SETS.filter((s) => s.group === 'tuned').flatMap((s) => s.files.flatMap(loadFixture));
    const fresh = trainOn(tuned);
    const shipped = unpackModel(PACKED_MODEL);
    expect(shipped.bias).toEqual(fresh.bias);
    expect(shipped.ids).toEqual(fresh.ids);
    expect(shipped.weights).toEqual(fresh.weights);
  }, 60_000);

  it('ships the language identifier that training on the tuned sets gives now (npx tsx scripts/train-langid.ts)', () => {
    const file = readFileSync(new URL('../../src/engine/detector/langid.generated.ts', import.meta.url), 'utf8');
    expect(file).toBe(langIdSource());
  });

  it('stays small (data shipped with the engine, packed: no array literal to compile)', () => {
    const bytes = statSync(new URL('../../src/engine/detector/model.generated.ts', import.meta.url)).size;
    expect(bytes).toBeLessThan(800 * 1024);
    const source = readFileSync(new URL('../../src/engine/detector/model.generated.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/\d+,\d+,\d+/);
  });
});

describe('the packed model form (issue 19)', () => {
  const small: StoredModel = {
    kinds: ['vulgarity', 'insult'],
    scale: 1000,
    bias: [-949, 12],
    // Gaps of 0, 1, 127, 128 and a large one; weights around the varint and zigzag edges.
    ids: [0, 2, 130, 259, 1_000_000],
    weights: [0, -1, 1, 63, -64, 64, 8191, -8192, 3949, -3949],
  };

  it('packs and unpacks the stored integers exactly', () => {
    const packed = packModel(small, 8);
    expect(packed.data.every((line) => line.length <= 8)).toBe(true);
    expect(unpackModel(packed)).toEqual(small);
  });

  it('loads into the same scoring tables as the stored form', () => {
    const a = loadModel(small);
    const b = loadPackedModel(packModel(small));
    expect(b.bias).toEqual(a.bias);
    expect(b.weights).toEqual(a.weights);
    expect(Buffer.from(b.rows.buffer).equals(Buffer.from(a.rows.buffer))).toBe(true);
  });

  it('refuses what it cannot pack losslessly', () => {
    expect(() => packModel({ ...small, ids: [2, 1, 3, 4, 5] })).toThrow(/order/);
    expect(() => packModel({ ...small, weights: [...small.weights.slice(1), 0.5] })).toThrow(/integer/);
  });

  it('refuses truncated data', () => {
    const packed = packModel(small);
    expect(() => unpackModel({ ...packed, count: packed.count + 1 })).toThrow(/truncated/);
  });
});
