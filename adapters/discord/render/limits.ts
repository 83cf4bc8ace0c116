/** The limits modal (prefilled with the agent's current limits) and the per-field problems reply. */
import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIModalInteractionResponseCallbackData,
  ButtonStyle,
  ComponentType,
  TextInputStyle,
} from 'discord-api-types/v10';
import { LIMIT_BOUNDS, type Limits, type Locale, text } from '../../../src/engine/index.ts';
import { LIMITS_BUTTON_ID, LIMITS_MODAL_ID } from '../custom-id.ts';

export const LIMIT_FIELDS = ['minutes', 'hostility', 'complexity'] as const;

const PLACEHOLDER = {
  minutes: 'limits.minutes_prompt',
  hostility: 'limits.hostility_prompt',
  complexity: 'limits.complexity_prompt',
} as const;

export function renderLimitsModal(current: Limits, locale: Locale): APIModalInteractionResponseCallbackData {
  return {
    custom_id: LIMITS_MODAL_ID,
    title: text(locale, 'limits.title').slice(0, 45),
    components: LIMIT_FIELDS.map((field) => ({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.TextInput,
          custom_id: field,
          // Labels are capped at 45 characters by Discord; the longer prompt goes in the placeholder.
          label: text(locale, `limit.${field}`).slice(0, 45),
          placeholder: text(locale, PLACEHOLDER[field]).slice(0, 100),
          style: TextInputStyle.Short,
          required: true,
          min_length: 1,
          max_length: 3,
          value: String(current[field]),
        },
      ],
    })),
  };
}

export function renderLimitProblems(
  fields: Partial<Record<keyof Limits, string>>,
  locale: Locale,
): { content: string; components: APIActionRowComponent<APIButtonComponentWithCustomId>[] } {
  // The engine's problem strings are not in the catalogue yet; the sentence is rebuilt from the bounds.
  const lines = LIMIT_FIELDS.filter((f) => fields[f] !== undefined).map(
    (f) => `• ${text(locale, 'discord.limits.problem', { field: text(locale, `limit.${f}`), ...LIMIT_BOUNDS[f] })}`,
  );
  return {
    content: [text(locale, 'discord.limits.problems'), ...lines].join('\n'),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.Button,
            custom_id: LIMITS_BUTTON_ID,
            label: text(locale, 'discord.limits.edit_again'),
            style: ButtonStyle.Primary,
          },
        ],
      },
    ],
  };
}
