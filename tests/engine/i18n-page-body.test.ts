/**
 * The page's body line in every locale (issue 20's glossary review): the contact channel in brackets after the
 * kind, then a reason that says why it paged, never the kind a second time ("Physical threat on In person.
 * Physical threat."); a limit is "reached", with its own value and the limit.
 */
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/engine/i18n/catalogue.ts';
import { LOCALES } from '../../src/engine/index.ts';

describe.each(LOCALES)('the page body in %s', (locale) => {
  const t = translator(locale);
  const body = (reason: string) =>
    t('page.body', {
      kind: t('kind.physical_threat'),
      channel: t('channel.in_person'),
      reason,
      minutes: 3,
      hostility: 4,
    });

  it('names the channel in brackets and gives a reason that is not the kind again', () => {
    const kind = t('kind.physical_threat');
    const text = body(t('reason.physical_threat'));
    expect(text.startsWith(`${kind} (`)).toBe(true);
    expect(text).toContain(`: ${t('channel.in_person')}). `);
    expect(t('reason.physical_threat').toLowerCase()).not.toBe(kind.toLowerCase());
    expect(text.toLowerCase().split(kind.toLowerCase()).length - 1).toBeLessThanOrEqual(2);
    expect(text).not.toContain(`${kind}. ${kind}`);
  });

  it('gives a reached limit its value and the limit in one shape', () => {
    const line = t('reason.limit', { limit: t('limit.minutes'), value: 12, max: 12 });
    expect(line).toMatch(new RegExp(`\\(${t('limit.minutes')}\\): 12, \\S+ 12$`));
  });
});
