/** The dependency-free PDF writer (issue 20): valid structure, wrapping, page breaks, honest about glyphs. */
import { expect, it } from 'vitest';
import { writePdf } from '../../src/pdf/pdf.ts';
import { parsePdf } from './parse.ts';

it('writes a valid one-page PDF whose text reads back, with ( ) \\ and WinAnsi characters intact', () => {
  const r = writePdf([{ text: 'Title (draft) \\ “quoted” – café €5 • ok', size: 16, bold: true }, { text: 'Body' }], {
    title: 'Test',
  });
  expect(r.unshown).toBe(0);
  const pdf = parsePdf(r.bytes);
  expect(pdf.pages).toBe(1);
  expect(pdf.text).toEqual(['Title (draft) \\ “quoted” – café €5 • ok', 'Body']);
});

it('wraps long lines within the page and breaks pages, with a footer on each', () => {
  const long = 'word '.repeat(400).trim();
  const lines = Array.from({ length: 120 }, (_, i) => ({ text: `line ${i + 1}` }));
  const r = writePdf([{ text: long }, ...lines], { title: 'Long', footer: (p) => `page ${p}` });
  const pdf = parsePdf(r.bytes);
  expect(pdf.pages).toBe(r.pages);
  expect(pdf.pages).toBeGreaterThanOrEqual(3);
  const wrapped = pdf.text.filter((t) => t.startsWith('word'));
  expect(wrapped.length).toBeGreaterThan(10);
  expect(wrapped.join(' ')).toBe(long);
  expect(pdf.text).toContain('line 120');
  expect(pdf.text.filter((t) => t.startsWith('page '))).toHaveLength(pdf.pages);
});

it('characters the standard fonts cannot show become "?" and are counted, never dropped silently', () => {
  const r = writePdf([{ text: 'Salamat 🙏 — Привет' }], { title: 'x' });
  expect(r.unshown).toBe(7);
  expect(parsePdf(r.bytes).text).toEqual(['Salamat ? — ??????']);
});

it('the parser refuses a file whose xref offsets are wrong (the check is real)', () => {
  const good = writePdf([{ text: 'x' }], { title: 'x' }).bytes.toString('latin1');
  const bad = good.replace(
    /\n0000000(\d{3}) 00000 n \n/,
    (_m, d: string) => `\n0000000${String(Number(d) + 1).padStart(3, '0')} 00000 n \n`,
  );
  expect(() => parsePdf(Buffer.from(bad, 'latin1'))).toThrow(/does not point at it/);
});
