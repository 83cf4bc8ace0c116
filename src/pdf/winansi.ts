/**
 * WinAnsiEncoding (PDF 32000-1, annex D) for the standard 14 fonts: Latin-1 plus the typographic marks
 * at 0x80–0x9F. A character outside it cannot be shown by Helvetica without embedding a font; the writer
 * prints "?" for it and says so on the page (the Markdown keeps every character).
 */
const HIGH: Readonly<Record<number, number>> = {
  8364: 0x80,
  8218: 0x82,
  402: 0x83,
  8222: 0x84,
  8230: 0x85,
  8224: 0x86,
  8225: 0x87,
  710: 0x88,
  8240: 0x89,
  352: 0x8a,
  8249: 0x8b,
  338: 0x8c,
  381: 0x8e,
  8216: 0x91,
  8217: 0x92,
  8220: 0x93,
  8221: 0x94,
  8226: 0x95,
  8211: 0x96,
  8212: 0x97,
  732: 0x98,
  8482: 0x99,
  353: 0x9a,
  8250: 0x9b,
  339: 0x9c,
  382: 0x9e,
  376: 0x9f,
};

/** The WinAnsi byte for a code point, or null when the standard fonts cannot show it. */
export function winAnsiByte(codePoint: number): number | null {
  if (codePoint === 0x09) return 0x20;
  if (codePoint >= 0x20 && codePoint <= 0x7e) return codePoint;
  if (codePoint >= 0xa0 && codePoint <= 0xff) return codePoint;
  return HIGH[codePoint] ?? null;
}

/** Helvetica advance widths (AFM, 1/1000 em) for 0x20–0x7E; everything else is taken as 556 (a digit). */
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
];

/** Width of one WinAnsi byte in Helvetica (bold is about 5 % wider: the caller scales). */
export const helveticaWidth = (byte: number): number => ASCII_WIDTHS[byte - 0x20] ?? 556;
