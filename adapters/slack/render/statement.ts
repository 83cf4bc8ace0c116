/**
 * The threat statement in Slack (issue 20): a button on a legal or physical threat's session message
 * (or, without STATEMENT_KEY, one line saying why it is not offered: the message is updated in place, so
 * the agent reads it once), and the modal that asks what was said, when, and who else heard it.
 */
import type { KnownBlock, ModalView } from '@slack/types';
import {
  type Locale,
  MAX_STATEMENT,
  MAX_STATEMENT_WHEN,
  MAX_STATEMENT_WITNESSES,
  type SessionView,
  type StatementThreat,
  text,
} from '../../../src/engine/index.ts';
import { STATEMENT_ACTION } from '../codec.ts';
import { esc, plain } from './text.ts';

export const STATEMENT_CALLBACK = 'hl_statement';
export const STATEMENT_FIELDS = { said: 'said', when: 'when', witnesses: 'witnesses' } as const;

export function statementBlocks(v: SessionView, locale: Locale, available: boolean): KnownBlock[] {
  if (v.statement === null) return [];
  if (!available)
    return [{ type: 'context', elements: [{ type: 'mrkdwn', text: esc(text(locale, 'statement.off')) }] }];
  return [
    {
      type: 'actions',
      block_id: 'statement',
      elements: [
        {
          type: 'button',
          action_id: STATEMENT_ACTION,
          text: plain(text(locale, 'statement.action')),
          value: v.sessionId,
        },
      ],
    },
  ];
}

/** private_metadata: `<locale>|<sessionId>`, so the submission knows both without another call. */
export function statementModal(locale: Locale, sessionId: string, threat: StatementThreat): ModalView {
  const input = (id: string, label: string, max: number, optional: boolean, multiline: boolean) => ({
    type: 'input' as const,
    block_id: id,
    optional,
    label: plain(text(locale, label as 'statement.said_label'), 2000),
    element: { type: 'plain_text_input' as const, action_id: id, multiline, max_length: max },
  });
  return {
    type: 'modal',
    callback_id: STATEMENT_CALLBACK,
    private_metadata: `${locale}|${sessionId}`,
    title: plain(text(locale, 'statement.title'), 24),
    submit: plain(text(locale, 'statement.submit'), 24),
    close: plain(text(locale, 'statement.cancel'), 24),
    blocks: [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: esc(text(locale, 'statement.intro', { threat: { key: `statement.threat.${threat}` } })),
        },
      },
      input(STATEMENT_FIELDS.said, 'statement.said_label', MAX_STATEMENT, false, true),
      input(STATEMENT_FIELDS.when, 'statement.when_label', MAX_STATEMENT_WHEN, true, false),
      input(STATEMENT_FIELDS.witnesses, 'statement.witnesses_label', MAX_STATEMENT_WITNESSES, true, true),
    ],
  };
}

export function parseStatementMetadata(meta: string): { locale: string; sessionId: string } | null {
  const [locale, sessionId] = meta.split('|');
  return locale && sessionId ? { locale, sessionId } : null;
}
