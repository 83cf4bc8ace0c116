import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SETS, loadFixture, trainOn } from '../../bench/detector-eval-lib.ts';
import { langIdSource } from '../../scripts/train-langid.ts';
import { STORED_MODEL } from '../../src/engine/detector/model.generated.ts';

describe('the detector model (round 7)', () => {
  it('is what training on the tuned sets gives now (regenerate: npx tsx scripts/train-detector.ts)', () => {
    const tuned = FIXTURE_SETS.filter((s) => s.group === 'tuned').flatMap((s) => s.files.flatMap(loadFixture));
    const fresh = trainOn(tuned);
    expect(fresh.bias).toEqual(STORED_MODEL.bias);
    expect(fresh.ids).toEqual(STORED_MODEL.ids);
    expect(fresh.weights).toEqual(STORED_MODEL.weights);
  }, 60_000);

  it('ships the language identifier that training on the tuned sets gives now (npx tsx scripts/train-langid.ts)', () => {
    const file = readFileSync(new URL('../../src/engine/detector/langid.generated.ts', import.meta.url), 'utf8');
    expect(file).toBe(langIdSource());
  });

  it('stays small (data shipped with the engine)', () => {
    const bytes = statSync(new URL('../../src/engine/detector/model.generated.ts', import.meta.url)).size;
    expect(bytes).toBeLessThan(1.5 * 1024 * 1024);
  });
});
