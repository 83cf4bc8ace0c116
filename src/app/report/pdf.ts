/** The incident report's blocks as a PDF (src/pdf/pdf.ts: standard fonts, nothing embedded). */
import { type Locale, text } from '../../engine/index.ts';
import { type PdfLine, type PdfResult, unshownIn, writePdf } from '../../pdf/pdf.ts';
import type { Block } from './blocks.ts';

function lines(b: Block): PdfLine[] {
  switch (b.type) {
    case 'title':
      return [{ text: b.text, size: 16, bold: true }];
    case 'heading':
      return [{ text: b.text, size: 12, bold: true, spaceBefore: 10 }];
    case 'line':
      return [{ text: b.text, spaceBefore: 2 }];
    case 'item':
      return [{ text: `\u2022 ${b.text}`, indent: 8 }];
    case 'field':
      return [{ text: `${b.label}: ${b.value}` }];
    case 'verbatim':
      // Line by line, as written, indented.
      return b.text.split(/\r?\n/).map((l) => ({ text: l, indent: 16 }));
  }
}

export function toPdf(blocks: readonly Block[], locale: Locale, title: string): PdfResult {
  const all = blocks.flatMap(lines);
  const unshown = all.reduce((n, l) => n + unshownIn(l.text), 0);
  // Honest about what the standard fonts cannot show: said on the first page, under the title.
  const note: PdfLine[] =
    unshown === 0 ? [] : [{ text: text(locale, 'incident.pdf_unshown', { count: unshown }), size: 9, spaceBefore: 4 }];
  return writePdf([...all.slice(0, 1), ...note, ...all.slice(1)], {
    title,
    footer: (page) => `${title} \u2013 ${page}`,
  });
}
