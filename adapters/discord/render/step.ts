/**
 * A session view as a Discord message: an embed (guidance, "you could say", meters) and buttons for
 * the choices and the always-available actions. Pure: the same payload serves an interaction
 * `update` and a REST edit of the DM message.
 */
import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from 'discord-api-types/v10';
import { type Locale, type SessionView, text } from '../../../src/engine/index.ts';
import { type StepOp, stepButtonId } from '../custom-id.ts';
import { statementButton } from './record.ts';

export interface StepMessage {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
}

type Row = APIActionRowComponent<APIButtonComponentWithCustomId>;
const MAX_LABEL = 80;
const COLOUR_OPEN = 0x5865f2;
const COLOUR_CLOSED = 0x57f287;

type Style = ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger;
const button = (
  customId: string,
  label: string,
  style: Style = ButtonStyle.Secondary,
): APIButtonComponentWithCustomId => ({
  type: ComponentType.Button,
  custom_id: customId,
  label: label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label,
  style,
});

/** Up to five buttons a row, at most five rows (Discord's limits). */
function rows(buttons: APIButtonComponentWithCustomId[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < buttons.length && out.length < 5; i += 5)
    out.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + 5) });
  return out;
}

const ACTION_STYLE: Record<string, Style> = {
  threat_physical: ButtonStyle.Danger,
  threat_legal: ButtonStyle.Danger,
  supervisor: ButtonStyle.Primary,
  close: ButtonStyle.Success,
};

function embed(v: SessionView, statementOff: string | null = null): APIEmbed {
  if (!v.open)
    return { title: v.header, description: v.closedSummary ?? '', color: COLOUR_CLOSED, footer: { text: v.meters } };
  return {
    author: { name: v.header },
    title: v.title,
    // Earlier flags on this customer (counts and kinds, never notes) come first: the agent is prepared.
    // A possible physical threat nobody was alerted about comes first, above the one-tap action.
    description: [
      ...(v.proposedThreat && v.suggestion ? [`⚠ **${v.suggestion}**`, ''] : []),
      ...(v.priorFlags ? [`⚑ ${v.priorFlags}`, ''] : []),
      ...v.guidance.map((g) => `• ${g}`),
      // Without STATEMENT_KEY, a threat's step says once (the message is edited in place) why nothing is offered.
      ...(statementOff ? ['', `_${statementOff}_`] : []),
    ].join('\n'),
    fields:
      v.say.length > 0
        ? [
            {
              name: v.sayLabel,
              value: [
                ...v.say.map((s, i) => `> ${s}${v.insteadOf[i] ? `  *(${v.insteadOf[i]})*` : ''}`),
                ...[v.customerType, v.customerLanguage].flatMap((line) => (line ? [`*${line}*`] : [])),
              ]
                .join('\n')
                .slice(0, 1024),
            },
          ]
        : [],
    color: COLOUR_OPEN,
    footer: { text: v.meters },
  };
}

/**
 * `statements`: STATEMENT_KEY is set (issue 20): a legal or physical threat's step gets "write down what was
 * said"; without it, the step says why not. `locale`: the one the view was rendered in.
 */
export function renderStep(
  v: SessionView,
  statements?: { readonly on: boolean; readonly locale: Locale },
): StepMessage {
  const id = (op: StepOp, arg: string) => stepButtonId(op, v.sessionId, v.version, arg);
  const choices = v.choices.map((c) => button(id('c', c.id), c.label, ButtonStyle.Primary));
  const actions = [
    ...v.actions.map((a) => button(id('a', a.id), a.label, ACTION_STYLE[a.id] ?? ButtonStyle.Secondary)),
    // Tagging the customer (issue 20): each opens a second-level menu.
    ...(v.open ? [button(id('a', 'ctype'), v.tagLabels.type), button(id('a', 'clang'), v.tagLabels.language)] : []),
    // A fix is agreed (the provide step only): a menu of follow-ups (issue 20).
    ...(v.followUps.length > 0 ? [button(id('a', 'followup'), v.followUpLabel, ButtonStyle.Success)] : []),
  ];
  const statement = v.statement !== null && statements !== undefined;
  if (statement && statements.on) actions.push(statementButton(v.sessionId, statements.locale));
  const off = statement && !statements.on ? text(statements.locale, 'statement.off') : null;
  // Choices first (at most three rows), then the actions, which are always the last rows.
  return { content: '', embeds: [embed(v, off)], components: [...rows(choices).slice(0, 3), ...rows(actions)] };
}

/** The step with its buttons replaced by a second-level menu (reasons, outcomes, tags, follow-ups), plus Back. */
export type StepMenu = 'reasons' | 'outcomes' | 'types' | 'languages' | 'followups';
const MENU = {
  reasons: { op: 'r', prompt: 'discord.pick_reason' },
  outcomes: { op: 'o', prompt: 'discord.pick_outcome' },
  types: { op: 't', prompt: 'ctype.pick' },
  languages: { op: 'l', prompt: 'ctype.language_action' },
  followups: { op: 'f', prompt: 'followup.pick' },
} as const;

export function renderMenu(v: SessionView, menu: StepMenu, locale: Locale): StepMessage {
  const op: StepOp = MENU[menu].op;
  const items = {
    reasons: v.supervisorReasons,
    outcomes: v.outcomes,
    types: v.customerTypes,
    languages: v.customerLanguages,
    followups: v.followUps,
  }[menu];
  const buttons = items.map((i) =>
    button(stepButtonId(op, v.sessionId, v.version, i.id), i.label, ButtonStyle.Primary),
  );
  const back = button(stepButtonId('b', v.sessionId, v.version), text(locale, 'discord.back'));
  return {
    content: text(locale, MENU[menu].prompt),
    embeds: [embed(v)],
    components: [...rows(buttons).slice(0, 4), { type: ComponentType.ActionRow, components: [back] }],
  };
}
