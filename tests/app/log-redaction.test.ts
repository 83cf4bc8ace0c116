/**
 * Issue 18: log redaction reaches nested fields (pino's paths stopped one level down), and every
 * error path logs through safeError (a failing query's message carries its parameters: a note).
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';

function capture() {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { log: createLogger({ level: 'debug', format: 'json', destination }), out: () => chunks.join('') };
}

describe('log redaction', () => {
  it('redacts a note, a reference and a token at any depth, and keeps the rest', () => {
    const { log, out } = capture();
    log.info(
      {
        session: { effects: [{ flag: { note: 'heron-5521' } }], customer: { customerReference: 'jo@example.com' } },
        deep: { a: { b: { c: { token: 'xoxb-secret-1' } } } },
        op: 'flags.lookup',
      },
      'nested',
    );
    const line = out();
    expect(line).not.toContain('heron-5521');
    expect(line).not.toContain('jo@example.com');
    expect(line).not.toContain('xoxb-secret-1');
    expect(line).toContain('flags.lookup');
    expect(line).toContain('[redacted]');
  });
});

describe('the terminal’s log file', () => {
  it('creates a missing data folder private (0700) and redacts nested fields in the file too', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'hl-log-')), 'data');
    const file = join(dir, 'holdline.log');
    const log = createLogger({ level: 'debug', format: 'json', file, stderrIsTTY: true });
    log.info({ session: { effects: [{ flag: { note: 'heron-5521' } }] }, op: 'flags.lookup' }, 'nested');
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const line = readFileSync(file, 'utf8');
    expect(line).toContain('flags.lookup');
    expect(line).not.toContain('heron-5521');
  });
});

/** Source files under a folder (TypeScript). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('error logs go through safeError', () => {
  it('no log call writes a raw error message, String(err) or a stack', () => {
    const root = join(import.meta.dirname, '..', '..');
    const offenders: string[] = [];
    for (const file of [...sources(join(root, 'src')), ...sources(join(root, 'adapters'))]) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        // A log call's object: the call and the two lines after it.
        if (!/\blog\.(error|warn|info|debug|fatal)\(/.test(line)) return;
        const call = lines.slice(i, i + 3).join(' ');
        if (/\b(err|error|e)\.(message|stack)\b|String\((err|error|e)\)/.test(call))
          offenders.push(`${file.slice(root.length + 1)}:${i + 1}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
