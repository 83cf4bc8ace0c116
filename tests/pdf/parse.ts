/**
 * A strict reader for the PDFs src/pdf/pdf.ts writes, used by the tests to prove the file is valid: the
 * header, every cross-reference offset pointing at its object, each stream's /Length matching its bytes,
 * the trailer's root and size, and the text shown on each page (WinAnsi decoded back to Unicode).
 */
const WINANSI_HIGH: Record<number, number> = {
  128: 0x20ac,
  130: 0x201a,
  131: 0x0192,
  132: 0x201e,
  133: 0x2026,
  134: 0x2020,
  135: 0x2021,
  136: 0x02c6,
  137: 0x2030,
  138: 0x0160,
  139: 0x2039,
  140: 0x0152,
  142: 0x017d,
  145: 0x2018,
  146: 0x2019,
  147: 0x201c,
  148: 0x201d,
  149: 0x2022,
  150: 0x2013,
  151: 0x2014,
  152: 0x02dc,
  153: 0x2122,
  154: 0x0161,
  155: 0x203a,
  156: 0x0153,
  158: 0x017e,
  159: 0x0178,
};

export interface ParsedPdf {
  readonly pages: number;
  /** One entry per text-showing operation, in order. */
  readonly text: string[];
  readonly objects: number;
}

function fail(msg: string): never {
  throw new Error(`invalid PDF: ${msg}`);
}

export function parsePdf(bytes: Buffer): ParsedPdf {
  const s = bytes.toString('latin1');
  if (!s.startsWith('%PDF-1.')) fail('no %PDF header');
  const tail = /startxref\n(\d+)\n%%EOF\n?$/.exec(s) ?? fail('no startxref/%%EOF at the end');
  const xrefAt = Number(tail[1]);
  if (!s.startsWith('xref\n', xrefAt)) fail(`startxref ${xrefAt} does not point at "xref"`);
  const head = /^xref\n0 (\d+)\n/.exec(s.slice(xrefAt)) ?? fail('bad xref header');
  const size = Number(head[1]);
  const entriesAt = xrefAt + head[0].length;
  const offsets: number[] = [];
  for (let i = 0; i < size; i++) {
    const entry = s.slice(entriesAt + 20 * i, entriesAt + 20 * (i + 1));
    const m =
      /^(\d{10}) (\d{5}) ([nf]) \n$/.exec(entry) ?? fail(`xref entry ${i} is not 20 bytes: ${JSON.stringify(entry)}`);
    if (i === 0) {
      if (m[3] !== 'f') fail('entry 0 must be free');
      continue;
    }
    const off = Number(m[1]);
    if (!s.startsWith(`${i} 0 obj\n`, off)) fail(`xref offset of object ${i} (${off}) does not point at it`);
    offsets[i] = off;
  }
  const trailer = /trailer\n<< \/Size (\d+) \/Root (\d+) 0 R/.exec(s.slice(xrefAt)) ?? fail('no trailer');
  if (Number(trailer[1]) !== size) fail('trailer /Size differs from the xref');
  const object = (n: number) => {
    const off = offsets[n] ?? fail(`no object ${n}`);
    const end = s.indexOf('\nendobj\n', off);
    if (end < 0) fail(`object ${n} has no endobj`);
    return s.slice(off + `${n} 0 obj\n`.length, end);
  };
  if (!object(Number(trailer[2])).includes('/Type /Catalog')) fail('root is not a catalog');
  const text: string[] = [];
  let pages = 0;
  for (let n = 1; n < size; n++) {
    const body = object(n);
    if (!body.includes('/Type /Page ')) continue;
    pages++;
    const contents = /\/Contents (\d+) 0 R/.exec(body) ?? fail(`page ${n} has no contents`);
    const stream = object(Number(contents[1]));
    const m = /^<< \/Length (\d+) >>\nstream\n/.exec(stream) ?? fail('bad stream header');
    const length = Number(m[1]);
    const data = stream.slice(m[0].length, m[0].length + length);
    if (stream.slice(m[0].length + length) !== '\nendstream') fail(`stream ${contents[1]}: /Length ${length} is wrong`);
    for (const op of data.matchAll(/\(((?:\\.|[^\\)])*)\) Tj/g)) text.push(decode(op[1] ?? ''));
  }
  const count = /\/Type \/Pages \/Kids \[[^\]]*\] \/Count (\d+)/.exec(s) ?? fail('no page tree');
  if (Number(count[1]) !== pages) fail('page count differs from the page objects');
  return { pages, text, objects: size - 1 };
}

function decode(lit: string): string {
  let out = '';
  for (let i = 0; i < lit.length; i++) {
    let b = lit.charCodeAt(i);
    if (lit[i] === '\\') {
      const oct = /^[0-7]{3}/.exec(lit.slice(i + 1));
      if (oct) {
        b = Number.parseInt(oct[0], 8);
        i += 3;
      } else {
        b = lit.charCodeAt(i + 1);
        i += 1;
      }
    }
    out += String.fromCodePoint(WINANSI_HIGH[b] ?? b);
  }
  return out;
}
