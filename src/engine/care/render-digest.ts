/** The digest as readable lines from the catalogue (the CLI prints them; chat adapters may post them). */
import { type MessageKey, type Params, translate } from '../i18n/catalogue.ts';
import type { Locale } from '../types.ts';
import type { Digest } from './digest.ts';
import { renderScorecard } from './render-scorecard.ts';

export function renderDigest(d: Digest, locale: Locale): string[] {
  const t = (key: MessageKey, params?: Params) => translate(locale, key, params);
  const list = (rec: Readonly<Record<string, number | undefined>>, prefix: string) =>
    Object.entries(rec)
      .filter(([, n]) => n !== undefined && n > 0)
      .map(([k, n]) => `${translate(locale, `${prefix}.${k}` as MessageKey)} ${n}`)
      .join(', ') || t('digest.none');
  const lines = [
    t('digest.title', { team: d.teamId, week: d.week }),
    t('digest.contacts', { contacts: d.contacts, hard: d.hardContacts }),
    `  ${t('digest.incidents')}: ${list(d.incidents, 'kind')}`,
    `  ${t('digest.outcomes')}: ${list(d.outcomes, 'outcome')}`,
  ];
  // With a scorecard, limits, threats and the time to acknowledge are its figures (under the anonymity
  // floor); printed here as well they would give away what the floor withholds.
  if (d.scorecard === undefined)
    lines.push(
      `  ${t('digest.limits')}: ${list(d.limitsCrossed, 'limit')}`,
      `  ${t('digest.threats')}: ${list(d.threatsReported, 'to')}`,
    );
  lines.push(`  ${t('digest.mood_named')}:`);
  if (d.namedMood.week === null) lines.push(`    ${t('digest.none')}`);
  for (const day of d.namedMood.byDay) lines.push(`    ${t('digest.mood_line', { label: day.day, ...day })}`);
  if (d.namedMood.week) lines.push(`    ${t('digest.mood_line', { label: t('digest.week'), ...d.namedMood.week })}`);
  lines.push(
    `  ${t('digest.mood_anonymous')}: ${
      d.anonymousMood ? t('digest.mood_anon_line', { ...d.anonymousMood }) : t('digest.mood_anon_hidden', { min: 3 })
    }`,
  );
  const card = d.scorecard;
  lines.push(
    `  ${t('digest.pages')}: ${
      d.pages === null
        ? t('digest.pages_none')
        : card !== undefined
          ? t('digest.pages_count', { count: d.pages.count, acknowledged: d.pages.acknowledged })
          : t('digest.pages_line', {
              count: d.pages.count,
              acknowledged: d.pages.acknowledged,
              median: d.pages.medianAckMs === null ? '–' : `${Math.round(d.pages.medianAckMs / 1000)} s`,
            })
    }`,
  );
  if (card !== undefined) lines.push(...renderScorecard(card, locale));
  return lines;
}
