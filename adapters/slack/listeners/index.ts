/** Every Slack listener, registered on one Bolt app (the same for HTTP and Socket Mode). */
import type { App, BlockAction } from '@slack/bolt';
import { HOLDLINE_ACTION, NOT_HOLDLINE_ACTION, PAGE_ACTION, PAGE_REPORT, STATEMENT_ACTION } from '../codec.ts';
import type { SlackDeps } from '../deps.ts';
import { LIMITS_CALLBACK, START_CALLBACK } from '../render/modals.ts';
import { PRACTICE_ACTION } from '../render/practice.ts';
import { STATEMENT_CALLBACK } from '../render/statement.ts';
import { pageAction } from './actions/page-action.ts';
import { practiceAction } from './actions/practice-action.ts';
import { reportAction } from './actions/report-action.ts';
import { sessionAction } from './actions/session-action.ts';
import { statementAction } from './actions/statement-action.ts';
import { unknownAction } from './actions/unknown-action.ts';
import { complaintCommand } from './commands/complaint.ts';
import { flagCommand } from './commands/flag.ts';
import { languageCommand } from './commands/language.ts';
import { limitsCommand } from './commands/limits.ts';
import { practiceCommand } from './commands/practice.ts';
import { appHomeOpened } from './events/app-home-opened.ts';
import { limitsSubmit } from './views/limits-submit.ts';
import { startSubmit } from './views/start-submit.ts';
import { statementSubmit } from './views/statement-submit.ts';

export function registerListeners(app: App, d: SlackDeps): void {
  app.command('/complaint', complaintCommand(d));
  app.command('/limits', limitsCommand(d));
  app.command('/flag', flagCommand(d));
  app.command('/language', languageCommand(d));
  app.command('/practice', practiceCommand(d));
  app.action<BlockAction>({ type: 'block_actions', action_id: HOLDLINE_ACTION }, sessionAction(d));
  app.action<BlockAction>({ type: 'block_actions', action_id: PAGE_ACTION }, pageAction(d));
  app.action<BlockAction>({ type: 'block_actions', action_id: PRACTICE_ACTION }, practiceAction(d));
  app.action<BlockAction>({ type: 'block_actions', action_id: STATEMENT_ACTION }, statementAction(d));
  app.action<BlockAction>({ type: 'block_actions', action_id: PAGE_REPORT }, reportAction(d));
  app.action({ action_id: NOT_HOLDLINE_ACTION }, unknownAction);
  app.view(START_CALLBACK, startSubmit(d));
  app.view(LIMITS_CALLBACK, limitsSubmit(d));
  app.view(STATEMENT_CALLBACK, statementSubmit(d));
  app.event('app_home_opened', appHomeOpened(d));
}
