/**
 * The decompression and check-in listeners (docs/checkins.md): the offer's buttons, the break and
 * check-in modals, `/checkin` and `/holdline`. Registered by ../index.ts next to registerListeners.
 */
import type { App, BlockAction } from '@slack/bolt';
import { Breathing, type BreathingOptions } from '../care/breathing.ts';
import { BREAK_CALLBACK, CARE_ACTION, CHECKIN_CALLBACK } from '../care/codec.ts';
import type { SlackDeps } from '../deps.ts';
import { careAction } from './actions/care-action.ts';
import { checkinCommand } from './commands/checkin.ts';
import { holdlineCommand } from './commands/holdline/index.ts';
import { breakSubmit } from './views/break-submit.ts';
import { checkinSubmit } from './views/checkin-submit.ts';

export function registerCareListeners(app: App, d: SlackDeps, opts: BreathingOptions): void {
  const breathing = new Breathing(d.client, d.services.log, opts);
  app.command('/checkin', checkinCommand(d));
  app.command('/holdline', holdlineCommand(d));
  app.action<BlockAction>({ type: 'block_actions', action_id: CARE_ACTION }, careAction(d, breathing));
  app.view(BREAK_CALLBACK, breakSubmit(d));
  app.view(CHECKIN_CALLBACK, checkinSubmit(d));
}
