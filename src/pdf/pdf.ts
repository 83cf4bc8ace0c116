/**
 * A small PDF writer with no dependencies (issue 20's incident report): A4 text pages in the standard
 * Helvetica fonts (WinAnsiEncoding, nothing embedded), lines wrapped by the font's widths, a page number on
 * each page, and a correct cross-reference table. Characters the standard fonts cannot show are printed as
 * "?" and counted (see `unshown`), never silently dropped. Why not a library: pdfkit and pdf-lib would add
 * a font subsystem and ~1 MB for what is a few pages of Latin text; this file is the whole format we use.
 */
import { helveticaWidth, winAnsiByte } from './winansi.ts';

export interface PdfLine {
  readonly text: string;
  readonly size?: number;
  readonly bold?: boolean;
  /** Extra space above the line, in points. */
  readonly spaceBefore?: number;
  /** Left indent in points (wrapped lines keep it). */
  readonly indent?: number;
}

export interface PdfResult {
  readonly bytes: Buffer;
  readonly pages: number;
  /** Characters that could not be shown in the standard fonts (printed as "?"). */
  readonly unshown: number;
}

const PAGE_W = 595.28;
const PAGE_H = 841.89;
const MARGIN = 56;
const BODY = 10;

interface Encoded {
  readonly bytes: number[];
  readonly unshown: number;
}

function encode(text: string): Encoded {
  const bytes: number[] = [];
  let unshown = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0x3f;
    if (cp === 0x0a || cp === 0x0d) continue;
    const b = winAnsiByte(cp);
    if (b === null) unshown++;
    bytes.push(b ?? 0x3f);
  }
  return { bytes, unshown };
}

/** How many characters of `text` the standard fonts cannot show. */
export const unshownIn = (text: string): number => encode(text).unshown;

const widthOf = (bytes: readonly number[], size: number, bold: boolean) =>
  (bytes.reduce((w, b) => w + helveticaWidth(b), 0) * size * (bold ? 1.05 : 1)) / 1000;

/** Splits encoded text into lines no wider than `max` points, at spaces where possible. */
function wrap(bytes: readonly number[], size: number, bold: boolean, max: number): number[][] {
  const lines: number[][] = [];
  let line: number[] = [];
  let lastSpace = -1;
  for (const b of bytes) {
    line.push(b);
    if (b === 0x20) lastSpace = line.length - 1;
    if (widthOf(line, size, bold) > max && line.length > 1) {
      if (lastSpace > 0) {
        lines.push(line.slice(0, lastSpace));
        line = line.slice(lastSpace + 1);
      } else {
        const last = line.pop() as number;
        lines.push(line);
        line = [last];
      }
      lastSpace = line.lastIndexOf(0x20);
    }
  }
  lines.push(line);
  return lines;
}

/** A PDF string literal: ASCII as is, ( ) \ escaped, everything else as an octal escape. */
const literal = (bytes: readonly number[]): string =>
  `(${bytes
    .map((b) =>
      b === 0x28 || b === 0x29 || b === 0x5c
        ? `\\${String.fromCharCode(b)}`
        : b >= 0x20 && b < 0x7f
          ? String.fromCharCode(b)
          : `\\${b.toString(8).padStart(3, '0')}`,
    )
    .join('')})`;

/** PDF text string for the document information (title): ASCII only, the rest as "?". */
const infoString = (s: string) => literal(encode(s).bytes.map((b) => (b < 0x7f ? b : 0x3f)));

export function writePdf(
  lines: readonly PdfLine[],
  opts: { title: string; footer?: (page: number) => string },
): PdfResult {
  const pages: string[][] = [[]];
  let unshown = 0;
  let y = PAGE_H - MARGIN;
  const width = PAGE_W - 2 * MARGIN;
  for (const l of lines) {
    const size = l.size ?? BODY;
    const bold = l.bold === true;
    const indent = l.indent ?? 0;
    const lead = size * 1.35;
    const e = encode(l.text);
    unshown += e.unshown;
    y -= l.spaceBefore ?? 0;
    for (const part of wrap(e.bytes, size, bold, width - indent)) {
      if (y - lead < MARGIN) {
        pages.push([]);
        y = PAGE_H - MARGIN;
      }
      y -= lead;
      (pages[pages.length - 1] as string[]).push(
        `BT /${bold ? 'F2' : 'F1'} ${size} Tf ${(MARGIN + indent).toFixed(2)} ${y.toFixed(2)} Td ${literal(part)} Tj ET`,
      );
    }
  }
  if (opts.footer)
    pages.forEach((ops, i) => {
      ops.push(
        `BT /F1 8 Tf ${MARGIN} ${(MARGIN / 2).toFixed(2)} Td ${literal(encode(opts.footer?.(i + 1) ?? '').bytes)} Tj ET`,
      );
    });

  // Objects: 1 catalog, 2 pages, 3 Helvetica, 4 Helvetica-Bold, 5 info, then a page and its content each.
  const objects: string[] = [];
  const kids = pages.map((_, i) => `${6 + 2 * i} 0 R`).join(' ');
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  objects.push(`<< /Title ${infoString(opts.title)} /Producer (Holdline) >>`);
  pages.forEach((ops, i) => {
    const content = ops.join('\n');
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${7 + 2 * i} 0 R >>`,
    );
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  });

  // Every character above is ASCII (content text is octal-escaped), so string length is byte length.
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return { bytes: Buffer.from(out, 'latin1'), pages: pages.length, unshown };
}
