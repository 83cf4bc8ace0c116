/**
 * Block Kit for one session step (SessionView from the engine): guidance, "you could say" phrases,
 * buttons for the step's choices, and the always-available actions. Every element carries the
 * session id and version (see codec.ts).
 */
import type { ActionsBlockElement, KnownBlock, PlainTextOption } from '@slack/types';
import { type Translator, translator } from '../../../src/engine/i18n/catalogue.ts';
import {
  aboutContact,
  type Effect,
  type EffectBody,
  type Locale,
  namesContact,
  renderNotice,
  type Session,
  type SessionView,
} from '../../../src/engine/index.ts';
import { actionId, encodeValue } from '../codec.ts';
import { statementBlocks } from './statement.ts';
import { cut, esc, plain, slackTime } from './text.ts';

export interface RenderedMessage {
  readonly text: string;
  readonly blocks: KnownBlock[];
}

const BUTTONS = ['worse', 'better', 'threat_physical', 'threat_legal'] as const;

/** `statements`: STATEMENT_KEY is set, so a legal or physical threat offers "write down what was said". */
export function sessionMessage(v: SessionView, locale: Locale, statements = false): RenderedMessage {
  const t = translator(locale);
  const header: KnownBlock = { type: 'header', text: plain(v.header, 150) };
  const meters: KnownBlock = { type: 'context', elements: [{ type: 'mrkdwn', text: esc(v.meters) }] };
  if (!v.open) {
    const summary = v.closedSummary ?? v.title;
    return {
      text: esc(`${v.header}: ${summary}`),
      blocks: [header, { type: 'section', text: { type: 'mrkdwn', text: esc(summary) } }, meters],
    };
  }
  const value = (arg?: string | number) => encodeValue(v.sessionId, v.version, arg);
  const guidance = [`*${esc(v.title)}*`, ...v.guidance.map((g) => `• ${esc(g)}`)].join('\n');
  const say = [
    `_${esc(v.sayLabel)}:_`,
    ...v.say.map((s, i) => `> ${esc(s)}${v.insteadOf[i] ? `  _(${esc(v.insteadOf[i] ?? '')})_` : ''}`),
    ...[v.customerType, v.customerLanguage].flatMap((line) => (line ? [`_${esc(line)}_`] : [])),
  ].join('\n');
  const blocks: KnownBlock[] = [
    header,
    // A possible physical threat nobody was alerted about: first, with the one-tap action below.
    ...(v.proposedThreat && v.suggestion
      ? [
          {
            type: 'section' as const,
            text: { type: 'mrkdwn' as const, text: cut(`:warning: *${esc(v.suggestion)}*`, 3000) },
          },
        ]
      : []),
    // Earlier flags on this customer (counts and kinds, never notes): the agent is prepared.
    ...(v.priorFlags
      ? [{ type: 'context' as const, elements: [{ type: 'mrkdwn' as const, text: esc(`⚑ ${v.priorFlags}`) }] }]
      : []),
    { type: 'section', text: { type: 'mrkdwn', text: cut(guidance, 3000) } },
    { type: 'section', text: { type: 'mrkdwn', text: cut(say, 3000) } },
  ];
  if (v.choices.length > 0)
    blocks.push({
      type: 'actions',
      block_id: 'choices',
      elements: v.choices.slice(0, 25).map((c, i) => ({
        type: 'button',
        action_id: actionId('choose', c.id),
        text: plain(c.label),
        value: value(),
        ...(i === 0 ? { style: 'primary' as const } : {}),
      })),
    });
  blocks.push(
    { type: 'divider' },
    { type: 'actions', block_id: 'always', elements: alwaysActions(v, t, value) },
    ...statementBlocks(v, locale, statements),
    meters,
  );
  return { text: esc(`${v.header}: ${v.title}`), blocks };
}

function alwaysActions(v: SessionView, t: Translator, value: (arg?: string | number) => string): ActionsBlockElement[] {
  const label = (id: string) => v.actions.find((a) => a.id === id)?.label ?? id;
  const option = (text: string, arg: string | number): PlainTextOption => ({ text: plain(text), value: value(arg) });
  const buttons: ActionsBlockElement[] = BUTTONS.map((id) => ({
    type: 'button',
    action_id: actionId(id),
    text: plain(label(id)),
    value: value(),
    ...(id.startsWith('threat') ? { style: 'danger' as const } : {}),
  }));
  return [
    ...buttons,
    {
      type: 'static_select',
      action_id: actionId('supervisor'),
      placeholder: plain(t('slack.select.supervisor')),
      options: v.supervisorReasons.map((r) => option(r.label, r.id)),
    },
    {
      type: 'static_select',
      action_id: actionId('complexity'),
      placeholder: plain(t('slack.select.complexity')),
      options: [1, 2, 3, 4, 5].map((n) => option(`${t('action.complexity')}: ${n}/5`, n)),
    },
    {
      type: 'static_select',
      action_id: actionId('customer_type'),
      placeholder: plain(t('ctype.action')),
      options: v.customerTypes.map((c) => option(c.label, c.id)),
    },
    {
      type: 'static_select',
      action_id: actionId('customer_lang'),
      placeholder: plain(t('ctype.language_action')),
      options: v.customerLanguages.map((c) => option(c.label, c.id)),
    },
    // A fix is agreed (the provide step only): remind the agent to tell the customer it is done (issue 20).
    ...(v.followUps.length > 0
      ? [
          {
            type: 'static_select' as const,
            action_id: actionId('follow_up'),
            placeholder: plain(v.followUpLabel),
            options: v.followUps.map((f) => option(f.label, f.id)),
          },
        ]
      : []),
    ...(v.outcomes.length > 0
      ? [
          {
            type: 'static_select' as const,
            action_id: actionId('close'),
            placeholder: plain(t('slack.select.close')),
            options: v.outcomes.map((o) => option(o.label, o.id)),
          },
        ]
      : []),
  ];
}

/**
 * A notice naming a person (`by`): a Slack user as a mention, someone on another chat service as "a
 * supervisor" (issue 15: the agent never sees an internal id such as `slack:U0…`).
 */
export function personNotice(effect: Extract<EffectBody, { type: 'notice' }>, locale: Locale): RenderedMessage {
  const by = effect.params?.by;
  if (typeof by !== 'string') return noticeMessage(renderNotice(effect, locale));
  const user = /^slack:([UW][A-Z0-9]+)$/.exec(by)?.[1];
  if (user === undefined)
    return noticeMessage(
      renderNotice({ ...effect, params: { ...effect.params, by: { key: 'notice.a_supervisor' } } }, locale),
    );
  const sentence = renderNotice({ ...effect, params: { ...effect.params, by: PERSON } }, locale);
  return {
    text: esc(sentence).replaceAll(PERSON, `<@${user}>`),
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: cut(esc(sentence), 3000).replaceAll(PERSON, `<@${user}>`) } },
    ],
  };
}
/** Stands for the person until replaced by a mention (private-use characters, never typed). */
const PERSON = '\uE001person\uE001';

/** A plain notice in the agent's DM (thread reply under the session message); `text` is mrkdwn too: escaped. */
export const noticeMessage = (text: string): RenderedMessage => ({
  text: esc(text),
  blocks: [{ type: 'section', text: { type: 'mrkdwn', text: cut(esc(text), 3000) } }],
});

/** Stands for the contact's start time until replaced by Slack's date token (private-use characters). */
const TIME = '\uE002time\uE002';

/**
 * A notice for the agent; one the agent did not cause (an answer, an exhausted page, a hand-over) or one
 * after the contact closed names the contact, its start time in each reader's own time zone.
 */
export function agentNotice(effect: Extract<Effect, { type: 'notice' }>, session: Session): RenderedMessage {
  const message = personNotice(effect, session.locale);
  if (!namesContact(effect, session)) return message;
  const about = esc(aboutContact(session, session.locale, () => TIME)).replace(TIME, slackTime(session.startedAt));
  return {
    text: `${message.text} ${about}`,
    blocks: message.blocks.map((b) =>
      b.type === 'section' && b.text ? { ...b, text: { ...b.text, text: cut(`${b.text.text} ${about}`, 3000) } } : b,
    ),
  };
}
