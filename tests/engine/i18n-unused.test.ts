/** The catalogue report of `npm run i18n:check` (scripts/i18n-report.ts): every key is used by some code. */
import { describe, expect, it } from 'vitest';
import { catalogueReport, keyPrefixes } from '../../scripts/i18n-report.ts';

describe('i18n check', () => {
  it('reads the static prefix of a template literal a key is built from', () => {
    // Sources written with #{…} for ${…}, so they stay plain strings here.
    const code = [
      'text(locale, `kind.#{s.kind}`)',
      't(`step.#{which}.title`)',
      'translate(locale, `care.option_#{id}`)',
      'return `checkin.saved_#{r.visibility}`;',
      'log(`care #{op} failed`)', // not a key: a space, no dot
      '`#{a}.b`', // no static prefix
    ]
      .join('\n')
      .replaceAll('#{', '$' + '{');
    expect([...keyPrefixes(code)].sort()).toEqual(['care.option_', 'checkin.saved_', 'kind.', 'step.']);
  });

  it('finds no missing, unused or untranslated keys', () => {
    const report = catalogueReport();
    expect(report.unused).toEqual([]);
    expect({ missing: report.missing, placeholders: report.badPlaceholders, english: report.asEnglish }).toEqual({
      missing: 0,
      placeholders: 0,
      english: 0,
    });
  });
});
