/**
 * Issue 20 in Discord: the "write down what was said" button on a legal or physical threat's step, its
 * modal (what was said, when, who else heard), and the Report button on a page. Ids carry the session id;
 * who may act is checked by the app on use.
 */
import {
  type APIButtonComponentWithCustomId,
  type APIModalInteractionResponseCallbackData,
  ButtonStyle,
  ComponentType,
  TextInputStyle,
} from 'discord-api-types/v10';
import {
  type Locale,
  MAX_STATEMENT,
  MAX_STATEMENT_WHEN,
  MAX_STATEMENT_WITNESSES,
  type StatementThreat,
  text,
} from '../../../src/engine/index.ts';

const SESSION = '([A-Za-z0-9-]{1,64})';
export const statementButtonId = (sessionId: string) => `hl:statement:${sessionId}`;
export const statementModalId = (sessionId: string) => `hl:statement-modal:${sessionId}`;
export const reportButtonId = (sessionId: string) => `hl:report:${sessionId}`;
const parse = (prefix: string) => (customId: string) =>
  new RegExp(`^${prefix}:${SESSION}$`).exec(customId)?.[1] ?? null;
export const parseStatementButton = parse('hl:statement');
export const parseStatementModal = parse('hl:statement-modal');
export const parseReportButton = parse('hl:report');

export const STATEMENT_FIELDS = ['said', 'when', 'witnesses'] as const;

export const statementButton = (sessionId: string, locale: Locale): APIButtonComponentWithCustomId => ({
  type: ComponentType.Button,
  custom_id: statementButtonId(sessionId),
  label: text(locale, 'statement.action').slice(0, 80),
  style: ButtonStyle.Secondary,
});

export const reportButton = (sessionId: string, locale: Locale): APIButtonComponentWithCustomId => ({
  type: ComponentType.Button,
  custom_id: reportButtonId(sessionId),
  label: text(locale, 'report.button').slice(0, 80),
  style: ButtonStyle.Secondary,
});

export function renderStatementModal(
  sessionId: string,
  threat: StatementThreat,
  locale: Locale,
): APIModalInteractionResponseCallbackData {
  const field = (id: (typeof STATEMENT_FIELDS)[number], label: string, max: number, required: boolean) => ({
    type: ComponentType.ActionRow as const,
    components: [
      {
        type: ComponentType.TextInput as const,
        custom_id: id,
        // Discord caps labels at 45 characters; the threat and who may read it go in the first placeholder.
        label: label.slice(0, 45),
        style: id === 'when' ? TextInputStyle.Short : TextInputStyle.Paragraph,
        required,
        max_length: max,
        ...(id === 'said'
          ? {
              placeholder: text(locale, 'statement.intro', {
                threat: { key: `statement.threat.${threat}` },
              }).slice(0, 100),
            }
          : {}),
      },
    ],
  });
  return {
    custom_id: statementModalId(sessionId),
    title: text(locale, 'statement.title').slice(0, 45),
    components: [
      field('said', text(locale, 'statement.said_label'), MAX_STATEMENT, true),
      field('when', text(locale, 'statement.when_label'), MAX_STATEMENT_WHEN, false),
      field('witnesses', text(locale, 'statement.witnesses_label'), MAX_STATEMENT_WITNESSES, false),
    ],
  };
}
