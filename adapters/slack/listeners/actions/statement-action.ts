/**
 * "Write down what was said" on a threat's session message (issue 20): opens the statement modal for the
 * session's own agent. Without STATEMENT_KEY the agent is told why instead (the button is not rendered
 * then, but an older message may still carry it).
 */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { text } from '../../../../src/engine/index.ts';
import { agentIdOf, type SlackDeps } from '../../deps.ts';
import { tell } from '../../dm.ts';
import { must, UserFacingError } from '../../errors.ts';
import { statementModal } from '../../render/statement.ts';

export const statementAction =
  (d: SlackDeps) =>
  async ({ ack, action, body, client }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>): Promise<void> => {
    await ack();
    const sessionId = action.type === 'button' ? action.value : undefined;
    if (!sessionId) throw new UserFacingError('slack.bad_value');
    const locale = await d.locales.of(body.user.id);
    const statements = d.services.statements;
    if (!statements?.available) return tell(client, body.user.id, text(locale, 'statement.off'));
    const { session, threat } = must(await statements.writable(agentIdOf(body.user.id), sessionId));
    await client.views.open({ trigger_id: body.trigger_id, view: statementModal(locale, session.id, threat) });
  };
