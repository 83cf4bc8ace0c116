/**
 * The decompression offer (after a session closes), its break modal, the check-in prompt and modal,
 * and the agent's check-in history, as Discord message bodies. Words come from the catalogue.
 */
import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIModalInteractionResponseCallbackData,
  ButtonStyle,
  ComponentType,
  TextInputStyle,
} from 'discord-api-types/v10';
import {
  type Digest,
  decompressionOffer,
  type Locale,
  type MessageKey,
  MIN_ANONYMOUS_CONTRIBUTORS,
  MOODS,
  NOTE_MAX,
  type Params,
  text,
  VISIBILITIES,
} from '../../../src/engine/index.ts';
import type { CheckinRow } from '../../../src/ports-care.ts';
import { CARE_FIELD, type CareDone, careButtonId, careModalId } from '../care-id.ts';

type Row = APIActionRowComponent<APIButtonComponentWithCustomId>;
export interface CareMessage {
  content: string;
  components: Row[];
}

/** Discord caps a message at 2,000 characters. */
export const MESSAGE_MAX = 2_000;
export const clip = (s: string, max = MESSAGE_MAX): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

/**
 * The offer: breathe, talk, break, skip (skip is one tap). `done` drops what the agent already did
 * (b breathed, t asked to talk); `lead` is shown above the question (the close notice, or a result).
 */
export function renderOffer(locale: Locale, opts: { lead: string; done?: CareDone; owner?: string }): CareMessage {
  const offer = decompressionOffer(locale);
  const done = opts.done ?? '';
  const buttons: APIButtonComponentWithCustomId[] = offer.options
    .filter((o) => !(o.id === 'breathe' && done.includes('b')) && !(o.id === 'talk' && done.includes('t')))
    .map((o) => ({
      type: ComponentType.Button,
      custom_id: careButtonId(o.id, done, opts.owner),
      label: o.label.slice(0, 80),
      style: o.id === 'skip' ? ButtonStyle.Secondary : ButtonStyle.Primary,
    }));
  return {
    content: clip(`${opts.lead}\n\n**${offer.title}**`),
    components: [{ type: ComponentType.ActionRow, components: buttons }],
  };
}

/** After the offer (a break taken, or skipped): the check-in, one button that opens the modal. */
export function renderCheckinPrompt(locale: Locale, lead: string, owner?: string): CareMessage {
  return {
    content: clip(`${lead}\n\n${text(locale, 'discord.care.checkin_offer')}`),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.Button,
            custom_id: careButtonId('checkin', '', owner),
            label: text(locale, 'discord.care.checkin_button').slice(0, 80),
            style: ButtonStyle.Primary,
          },
        ],
      },
    ],
  };
}

/** How many minutes, prefilled with the suggestion; the app checks the bounds. */
export function renderBreakModal(locale: Locale, done: CareDone): APIModalInteractionResponseCallbackData {
  const offer = decompressionOffer(locale);
  return {
    custom_id: careModalId('break', done),
    title: text(locale, 'care.option_break').slice(0, 45),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: CARE_FIELD.minutes,
            label: offer.breakPrompt.slice(0, 45),
            style: TextInputStyle.Short,
            required: true,
            min_length: 1,
            max_length: String(offer.breakMinutes.max).length,
            value: String(offer.breakMinutes.suggested),
          },
        ],
      },
    ],
  };
}

export const moodLabel = (locale: Locale, mood: number): string =>
  text(locale, `discord.care.mood.${mood}` as MessageKey);

/** Mood and where it goes as selects (Label components), the note as an optional paragraph. */
export function renderCheckinModal(locale: Locale): APIModalInteractionResponseCallbackData {
  const t = (key: MessageKey, params?: Params) => text(locale, key, params);
  return {
    custom_id: careModalId('checkin'),
    title: t('discord.care.checkin_title').slice(0, 45),
    components: [
      {
        type: ComponentType.Label,
        label: t('discord.care.mood_label').slice(0, 45),
        component: {
          type: ComponentType.StringSelect,
          custom_id: CARE_FIELD.mood,
          required: true,
          min_values: 1,
          max_values: 1,
          options: MOODS.map((m) => ({ label: moodLabel(locale, m).slice(0, 100), value: String(m) })),
        },
      },
      {
        type: ComponentType.Label,
        label: t('discord.care.where_label').slice(0, 45),
        component: {
          type: ComponentType.StringSelect,
          custom_id: CARE_FIELD.visibility,
          required: true,
          min_values: 1,
          max_values: 1,
          options: VISIBILITIES.map((v) => ({ label: t(`checkin.where_${v}`).slice(0, 100), value: v })),
        },
      },
      {
        type: ComponentType.Label,
        label: t('discord.care.note_label').slice(0, 45),
        component: {
          type: ComponentType.TextInput,
          custom_id: CARE_FIELD.note,
          style: TextInputStyle.Paragraph,
          required: false,
          max_length: NOTE_MAX,
          placeholder: t('discord.care.note_placeholder').slice(0, 100),
        },
      },
    ],
  };
}

/** The agent's own check-ins, newest first; notes shortened so the reply fits one message. */
export function renderHistory(rows: readonly CheckinRow[], locale: Locale): string {
  if (rows.length === 0) return text(locale, 'discord.care.history_none');
  const lines = rows.map((r) => {
    const line = text(locale, 'discord.care.history_line', {
      day: r.day,
      mood: r.mood,
      where: text(locale, `discord.care.visibility.${r.visibility}`),
    });
    return r.note === null ? `• ${line}` : `• ${line} “${clip(r.note, 120)}”`;
  });
  return [text(locale, 'discord.care.history_title'), ...lines].join('\n');
}

/** For a supervisor: the team's mood this week, from the digest (anonymous figures only with ≥ 3 people). */
export function renderTrend(d: Digest, locale: Locale): string {
  const t = (key: MessageKey, params?: Params) => text(locale, key, params);
  const lines = [t('discord.care.trend_title', { week: d.week })];
  if (d.namedMood.week === null) lines.push(`• ${t('digest.mood_named')}: ${t('digest.none')}`);
  else {
    lines.push(`• ${t('digest.mood_named')}:`);
    for (const day of d.namedMood.byDay) lines.push(`  ${t('digest.mood_line', { label: day.day, ...day })}`);
    lines.push(`  ${t('digest.mood_line', { label: t('digest.week'), ...d.namedMood.week })}`);
  }
  lines.push(
    `• ${t('digest.mood_anonymous')}: ${
      d.anonymousMood
        ? t('digest.mood_anon_line', { ...d.anonymousMood })
        : t('digest.mood_anon_hidden', { min: MIN_ANONYMOUS_CONTRIBUTORS })
    }`,
  );
  return lines.join('\n');
}
