/**
 * The incident report's blocks as Markdown. Everything a person typed is escaped (an agent id, a team),
 * and a statement is a fenced block longer than any run of backticks in it, so it reads exactly as written
 * and cannot turn into links, headings or HTML.
 */
import type { Block } from './blocks.ts';

/** Characters that would format inline (emphasis, code, links, HTML, tables) are escaped; line breaks become spaces. */
const escapeMd = (s: string): string => s.replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');

function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const f = '`'.repeat(longest + 1);
  return `${f}text\n${text}\n${f}`;
}

export function toMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  let inTable = false;
  for (const b of blocks) {
    if (b.type !== 'field' && inTable) {
      out.push('');
      inTable = false;
    }
    switch (b.type) {
      case 'title':
        out.push(`# ${escapeMd(b.text)}`, '');
        break;
      case 'heading':
        out.push('', `## ${escapeMd(b.text)}`, '');
        break;
      case 'line':
        out.push(escapeMd(b.text), '');
        break;
      case 'item':
        out.push(`- ${escapeMd(b.text)}`);
        break;
      case 'field':
        if (!inTable) out.push('| | |', '| --- | --- |');
        inTable = true;
        out.push(`| ${escapeMd(b.label)} | ${escapeMd(b.value)} |`);
        break;
      case 'verbatim':
        out.push(fence(b.text), '');
        break;
    }
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
