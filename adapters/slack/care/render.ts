/**
 * Block Kit for decompression and check-ins: the offer after a session closes (breathe, talk, break,
 * skip), the breathing steps, the check-in offer, the break and check-in modals, and the care effects
 * as posts (mentions as `<@U…>`; an anonymous post names nobody).
 */
import type { ActionsBlockElement, InputBlock, KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { translator } from '../../../src/engine/i18n/catalogue.ts';
import {
  type BreathingStep,
  type CareEffect,
  careText,
  decompressionOffer,
  type Locale,
  MOODS,
  NOTE_MAX,
  VISIBILITIES,
} from '../../../src/engine/index.ts';
import { userIdOf } from '../deps.ts';
import type { RenderedMessage } from '../render/session.ts';
import { cut, esc, plain } from '../render/text.ts';
import {
  BREAK_CALLBACK,
  BREAK_FIELD,
  CHECKIN_CALLBACK,
  CHECKIN_FIELDS,
  careActionId,
  encodeCareValue,
  encodeContext,
  type ModalContext,
} from './codec.ts';

const section = (mrkdwn: string): KnownBlock => ({
  type: 'section',
  text: { type: 'mrkdwn', text: cut(mrkdwn, 3000) },
});

/** The offer to `owner` (a Slack user id): title and four buttons; `lead` (what just happened) above it. */
export function offerMessage(locale: Locale, owner: string, lead?: string): RenderedMessage {
  const offer = decompressionOffer(locale);
  const buttons: ActionsBlockElement[] = offer.options.map((o) => ({
    type: 'button',
    action_id: careActionId(o.id),
    text: plain(o.label),
    value: encodeCareValue(locale, owner),
    ...(o.id === 'breathe' ? { style: 'primary' as const } : {}),
  }));
  return {
    text: esc(lead ? `${lead}\n${offer.title}` : offer.title),
    blocks: [
      ...(lead ? [section(esc(lead))] : []),
      section(`*${esc(offer.title)}*`),
      { type: 'actions', block_id: 'care_offer', elements: buttons },
    ],
  };
}

/** After break or skip: what happened, then the check-in offer (one button opening the check-in modal). */
export function checkinOfferMessage(locale: Locale, owner: string, lead: string): RenderedMessage {
  const t = translator(locale);
  const ask = t('slack.care.checkin_offer');
  return {
    text: esc(`${lead}\n${ask}`),
    blocks: [
      section(esc(lead)),
      section(esc(ask)),
      {
        type: 'actions',
        block_id: 'care_checkin',
        elements: [
          {
            type: 'button',
            action_id: careActionId('checkin'),
            text: plain(t('slack.care.checkin_button')),
            value: encodeCareValue(locale, owner),
          },
        ],
      },
    ],
  };
}

/** One breathing step (the message is updated in place, step by step), with Skip to stop at any time. */
export function breathingMessage(
  locale: Locale,
  owner: string,
  step: BreathingStep,
  index: number,
  total: number,
): RenderedMessage {
  const t = translator(locale);
  return {
    text: esc(step.text),
    blocks: [
      section(`*${esc(step.text)}*`),
      {
        type: 'context',
        elements: [{ type: 'mrkdwn', text: esc(t('slack.care.breathing_step', { step: index + 1, steps: total })) }],
      },
      {
        type: 'actions',
        block_id: 'care_breathing',
        elements: [
          {
            type: 'button',
            action_id: careActionId('skip'),
            text: plain(t('care.option_skip')),
            value: encodeCareValue(locale, owner),
          },
        ],
      },
    ],
  };
}

/** A plain sentence in place of the offer (after a check-in from it). */
export const sentenceMessage = (sentence: string): RenderedMessage => ({
  text: esc(sentence),
  blocks: [section(esc(sentence))],
});

export function breakModal(ctx: ModalContext): ModalView {
  const t = translator(ctx.locale);
  const offer = decompressionOffer(ctx.locale);
  return {
    type: 'modal',
    callback_id: BREAK_CALLBACK,
    private_metadata: encodeContext(ctx),
    title: plain(t('slack.care.break_title'), 24),
    submit: plain(t('slack.care.break_submit'), 24),
    close: plain(t('slack.cancel'), 24),
    blocks: [
      {
        type: 'input',
        block_id: BREAK_FIELD,
        label: plain(offer.breakPrompt, 2000),
        // Plain text (not number_input) so an out-of-range value reaches us and gets our own sentence.
        element: {
          type: 'plain_text_input',
          action_id: BREAK_FIELD,
          initial_value: String(offer.breakMinutes.suggested),
          max_length: 4,
        },
      },
    ],
  };
}

export function checkinModal(ctx: ModalContext): ModalView {
  const t = translator(ctx.locale);
  const moods: PlainTextOption[] = MOODS.map((m) => ({ text: plain(t(`slack.checkin.mood.${m}`)), value: String(m) }));
  const where = VISIBILITIES.map((v) => ({ text: plain(t(`checkin.where_${v}`)), value: v }));
  const blocks: InputBlock[] = [
    {
      type: 'input',
      block_id: CHECKIN_FIELDS.mood,
      label: plain(t('slack.checkin.mood'), 2000),
      element: { type: 'static_select', action_id: CHECKIN_FIELDS.mood, options: moods },
    },
    {
      type: 'input',
      block_id: CHECKIN_FIELDS.note,
      optional: true,
      label: plain(t('checkin.note_prompt'), 2000),
      hint: plain(t('slack.checkin.note_hint'), 2000),
      element: { type: 'plain_text_input', action_id: CHECKIN_FIELDS.note, multiline: true, max_length: NOTE_MAX },
    },
    {
      type: 'input',
      block_id: CHECKIN_FIELDS.where,
      label: plain(t('checkin.where_prompt'), 2000),
      element: { type: 'radio_buttons', action_id: CHECKIN_FIELDS.where, options: where },
    },
  ];
  return {
    type: 'modal',
    callback_id: CHECKIN_CALLBACK,
    private_metadata: encodeContext(ctx),
    title: plain(t('slack.checkin.title'), 24),
    submit: plain(t('slack.checkin.submit'), 24),
    close: plain(t('slack.cancel'), 24),
    blocks,
  };
}

/** Stands for the agent until replaced by a mention (private-use characters, never typed). */
const AGENT = '\uE000agent\uE000';

/** `slack:U1` → `<@U1>`; anyone else by their escaped id. */
export const mention = (person: string): string => {
  const user = userIdOf(person);
  return user && /^[UW][A-Z0-9]+$/.test(user) ? `<@${user}>` : esc(person);
};

/**
 * A care effect as a message. The text (with the agent's note, if any) is escaped, so a note cannot
 * mention anyone or @channel; only the agent placeholder becomes a mention. An anonymous post
 * (agentId null) never calls agentName: nothing in it names the agent.
 */
export function careMessage(effect: CareEffect, locale: Locale): RenderedMessage {
  const agent = 'agentId' in effect && effect.agentId !== null ? mention(effect.agentId) : '';
  const escaped = esc(careText(effect, locale, () => AGENT));
  if (effect.type === 'digestPost') {
    // The digest's indented lines stay lined up in code blocks (as in `/holdline digest`), one section per
    // 2,900 characters: a section holds at most 3,000 and the scorecard makes the digest longer than that.
    const parts = codeChunks(escaped, 2_900);
    return { text: cut(parts.join('\n'), 3000), blocks: parts.map(section) };
  }
  const mrkdwn = escaped.replaceAll(AGENT, agent);
  return { text: cut(mrkdwn, 3000), blocks: [section(mrkdwn)] };
}

/** Lines grouped into code blocks of at most `max` characters each (a line longer than that is cut). */
export function codeChunks(text: string, max: number): string[] {
  const out: string[] = [];
  let current: string[] = [];
  const size = (lines: string[]) => lines.join('\n').length + 6;
  for (const line of text.split('\n').map((l) => cut(l, max - 6))) {
    if (current.length > 0 && size([...current, line]) > max) {
      out.push(`\`\`\`${current.join('\n')}\`\`\``);
      current = [];
    }
    current.push(line);
  }
  if (current.length > 0) out.push(`\`\`\`${current.join('\n')}\`\`\``);
  return out;
}
