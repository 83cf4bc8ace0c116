/**
 * The statement modal submitted (issue 20): the app seals and stores it. A part that is empty or too long
 * is shown on its field (the modal stays open with what was typed); the words are never logged here.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { errorText } from '../../../../src/app/errors.ts';
import {
  isLocale,
  type Locale,
  MAX_STATEMENT,
  MAX_STATEMENT_WHEN,
  MAX_STATEMENT_WITNESSES,
  text,
} from '../../../../src/engine/index.ts';
import { agentIdOf, type SlackDeps } from '../../deps.ts';
import { tell } from '../../dm.ts';
import { UserFacingError } from '../../errors.ts';
import { parseStatementMetadata, STATEMENT_FIELDS } from '../../render/statement.ts';

const LIMITS = {
  [STATEMENT_FIELDS.said]: MAX_STATEMENT,
  [STATEMENT_FIELDS.when]: MAX_STATEMENT_WHEN,
  [STATEMENT_FIELDS.witnesses]: MAX_STATEMENT_WITNESSES,
};

export const statementSubmit =
  (d: SlackDeps) =>
  async ({ ack, view, body, client }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>): Promise<void> => {
    const meta = parseStatementMetadata(view.private_metadata);
    if (meta === null) {
      await ack();
      throw new UserFacingError('slack.bad_value');
    }
    const locale: Locale = isLocale(meta.locale) ? meta.locale : 'en';
    const value = (id: string): string => {
      const v = view.state.values[id]?.[id]?.value;
      return typeof v === 'string' ? v : '';
    };
    const input = {
      said: value(STATEMENT_FIELDS.said),
      when: value(STATEMENT_FIELDS.when),
      witnesses: value(STATEMENT_FIELDS.witnesses),
    };
    const statements = d.services.statements;
    if (!statements) {
      await ack();
      return tell(client, body.user.id, text(locale, 'statement.off'));
    }
    const r = await statements.write(agentIdOf(body.user.id), meta.sessionId, input);
    if (!r.ok && (r.error.code === 'text_too_long' || r.error.code === 'statement_empty')) {
      const field =
        r.error.code === 'statement_empty'
          ? STATEMENT_FIELDS.said
          : (Object.entries(LIMITS).find(([id, max]) => value(id).trim().length > max)?.[0] ?? STATEMENT_FIELDS.said);
      await ack({ response_action: 'errors', errors: { [field]: errorText(locale, r.error) } });
      return;
    }
    await ack();
    if (!r.ok) throw UserFacingError.of(r.error);
    await tell(client, body.user.id, text(locale, 'statement.saved'));
  };
