/**
 * A new effect type is a compile error in every surface (issue 16): the TypeScript compiler checks the
 * three adapters' deliveries (tests/fixtures/tsc-effect/tsconfig.json) against an engine whose effect
 * union has one more member, read from a copy of src/engine/model.ts held in memory (nothing on disk
 * changes), and must report each adapter's handler map as missing it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CONFIG = join(ROOT, 'tests/fixtures/tsc-effect/tsconfig.json');
const MODEL = join(ROOT, 'src/engine/model.ts');
const SURFACES = ['adapters/console/delivery.ts', 'adapters/slack/delivery.ts', 'adapters/discord/delivery.ts'];
const UNION_START = 'export type EffectBody =\n';

/** Type-checks the surfaces, src/engine/model.ts replaced by `model`; the diagnostics per surface file. */
function checkSurfaces(model: string): Map<string, string[]> {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    CONFIG,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (parsed === undefined) throw new Error('no fixture tsconfig');
  const host = ts.createCompilerHost(parsed.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, onError, shouldCreate) =>
    resolve(file) === MODEL
      ? ts.createSourceFile(file, model, language)
      : getSourceFile(file, language, onError, shouldCreate);
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, host });
  const out = new Map<string, string[]>();
  for (const surface of SURFACES) {
    const file = program.getSourceFile(join(ROOT, surface));
    if (file === undefined) throw new Error(`${surface} is not in the program`);
    out.set(
      surface,
      program.getSemanticDiagnostics(file).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
    );
  }
  return out;
}

describe('every surface handles every effect type', () => {
  it('a fake effect type added to the engine is a compile error in the console, Slack and Discord handler maps', () => {
    const real = readFileSync(MODEL, 'utf8');
    expect(real).toContain(UNION_START);
    const withFake = real.replace(UNION_START, `${UNION_START}  | { readonly type: 'fakeEffect' }\n`);

    const errors = checkSurfaces(withFake);
    for (const surface of SURFACES) {
      const messages = errors.get(surface) ?? [];
      expect(
        messages.some((m) => m.includes("'fakeEffect'") && m.includes('EffectHandlers')),
        `${surface}: ${messages.join(' | ') || 'no error'}`,
      ).toBe(true);
    }
  }, 60_000);
});
