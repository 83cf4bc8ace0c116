/**
 * The scorecard as readable lines (the digest text on every surface). Written/verbal name their
 * channels from CONTACT_CHANNELS and isWritten, so a new channel is listed on the right side by itself.
 */
import { type MessageKey, translate } from '../i18n/catalogue.ts';
import { CONTACT_CHANNELS, isWritten, type Locale } from '../types.ts';
import { MIN_CONTRIBUTORS, type Scorecard, type ScorecardFigure } from './scorecard.ts';

/** A signed change: +2, −1.5, ±0 (a true minus sign, so it reads as one). */
export const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '±0');

export function renderScorecard(card: Scorecard, locale: Locale): string[] {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  const channels = (written: boolean) =>
    CONTACT_CHANNELS.filter((c) => isWritten(c) === written)
      .map((c) => t(`channel.${c}`).toLowerCase())
      .join(', ');
  const label = (f: ScorecardFigure) =>
    f.id === 'written' || f.id === 'verbal'
      ? t(`scorecard.${f.id}`, { channels: channels(f.id === 'written') })
      : t(`scorecard.${f.id}`);
  const dash = '–';
  const lines = [`  ${t('scorecard.title')}:`];
  for (const f of card.figures) {
    const value = f.hidden
      ? t('scorecard.hidden', { min: MIN_CONTRIBUTORS })
      : f.value === null
        ? dash
        : String(f.value);
    const change = f.change === null ? dash : signed(f.change);
    const average = f.average === null ? dash : String(f.average);
    lines.push(`    ${t('scorecard.line', { label: label(f), value, change, average })}`);
    if (f.id === 'verbal') {
      const split = card.channels;
      const text =
        split === null
          ? t('scorecard.hidden', { min: MIN_CONTRIBUTORS })
          : CONTACT_CHANNELS.map((c) => `${t(`channel.${c}`).toLowerCase()} ${split[c]}`).join(', ');
      lines.push(`      ${t('scorecard.by_channel', { split: text })}`);
    }
  }
  // #22 practice mode: print the "practice sessions this week" figure here, apart from real contacts.
  lines.push(`  ${t('scorecard.footnote')}`);
  return lines;
}
