/** Modals: starting a session (kind, channel, reference, what they said) and personal limits. */
import type { InputBlock, ModalView, PlainTextOption } from '@slack/types';
import { MAX_REFERENCE, MAX_TEXT } from '../../../src/app/sessions.ts';
import { translator } from '../../../src/engine/i18n/catalogue.ts';
import { CONTACT_CHANNELS, INCIDENT_KINDS, LIMIT_BOUNDS, type Limits, type Locale } from '../../../src/engine/index.ts';
import { plain } from './text.ts';

export const START_CALLBACK = 'hl_start';
export const LIMITS_CALLBACK = 'hl_limits';
/** block_id and action_id of each input; the view_submission listeners read state.values by these. */
export const START_FIELDS = { kind: 'kind', channel: 'channel', reference: 'reference', said: 'said' } as const;
export const LIMIT_FIELDS = ['minutes', 'hostility', 'complexity'] as const satisfies readonly (keyof Limits)[];

export interface StartPrefill {
  readonly reference?: string;
  readonly said?: string;
}

export function startModal(locale: Locale, prefill: StartPrefill): ModalView {
  const t = translator(locale);
  const select = (id: string, label: string, options: PlainTextOption[], initial?: PlainTextOption): InputBlock => ({
    type: 'input',
    block_id: id,
    label: plain(label, 2000),
    element: {
      type: 'static_select',
      action_id: id,
      options,
      ...(initial ? { initial_option: initial } : {}),
    },
  });
  const kinds = INCIDENT_KINDS.map((k) => ({ text: plain(t(`kind.${k}`)), value: k }));
  const channels = CONTACT_CHANNELS.map((c) => ({ text: plain(t(`channel.${c}`)), value: c }));
  const textInput = (
    id: string,
    label: string,
    hint: string,
    initial: string | undefined,
    multiline: boolean,
    max: number,
  ): InputBlock => ({
    type: 'input',
    block_id: id,
    optional: true,
    label: plain(label, 2000),
    hint: plain(hint, 2000),
    element: {
      type: 'plain_text_input',
      action_id: id,
      multiline,
      max_length: max,
      ...(initial ? { initial_value: initial.slice(0, max) } : {}),
    },
  });
  return {
    type: 'modal',
    callback_id: START_CALLBACK,
    title: plain(t('slack.start.title'), 24),
    submit: plain(t('slack.start.submit'), 24),
    close: plain(t('slack.cancel'), 24),
    blocks: [
      select(START_FIELDS.kind, t('slack.start.kind'), kinds),
      select(START_FIELDS.channel, t('slack.start.channel'), channels, channels[0]),
      textInput(
        START_FIELDS.reference,
        t('slack.start.reference'),
        t('slack.start.reference_hint'),
        prefill.reference,
        false,
        MAX_REFERENCE,
      ),
      textInput(START_FIELDS.said, t('slack.start.said'), t('slack.start.said_hint'), prefill.said, true, MAX_TEXT),
    ],
  };
}

const PROMPTS = {
  minutes: 'limits.minutes_prompt',
  hostility: 'limits.hostility_prompt',
  complexity: 'limits.complexity_prompt',
} as const;

export function limitsModal(locale: Locale, current: Limits): ModalView {
  const t = translator(locale);
  return {
    type: 'modal',
    callback_id: LIMITS_CALLBACK,
    title: plain(t('limits.title'), 24),
    submit: plain(t('slack.limits.submit'), 24),
    close: plain(t('slack.cancel'), 24),
    blocks: LIMIT_FIELDS.map(
      (name): InputBlock => ({
        type: 'input',
        block_id: name,
        label: plain(t(PROMPTS[name]), 2000),
        // A plain text input (not number_input) so an invalid value reaches us and gets our own sentence.
        element: { type: 'plain_text_input', action_id: name, initial_value: String(current[name]), max_length: 4 },
      }),
    ),
  };
}

/** The sentence for a field out of range, from the catalogue (the engine's own text is English-only). */
export const limitProblem = (locale: Locale, name: keyof Limits): string =>
  translator(locale)('slack.limits.invalid', { ...LIMIT_BOUNDS[name] });
