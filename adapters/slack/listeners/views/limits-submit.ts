/** The limits modal submitted: saved, or the modal shows what is wrong per field. */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { text } from '../../../../src/engine/index.ts';
import { agentIdOf, type SlackDeps } from '../../deps.ts';
import { tell } from '../../dm.ts';
import { UserFacingError } from '../../errors.ts';
import { LIMIT_FIELDS, limitProblem } from '../../render/modals.ts';
import { localeOf, typed } from './values.ts';

/** A whole number as typed, or NaN (so "12abc" and "" are refused rather than read as 12 or 0). */
const whole = (v: string | undefined): number => (v !== undefined && /^-?\d{1,6}$/.test(v) ? Number(v) : Number.NaN);

export const limitsSubmit =
  (d: SlackDeps) =>
  async ({ ack, view, body, client }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>): Promise<void> => {
    const locale = localeOf(view);
    const input = {
      minutes: whole(typed(view.state.values, 'minutes')),
      hostility: whole(typed(view.state.values, 'hostility')),
      complexity: whole(typed(view.state.values, 'complexity')),
    };
    const r = await d.services.agents.setLimits(agentIdOf(body.user.id), input);
    if (!r.ok && 'fields' in r) {
      const errors: Record<string, string> = {};
      for (const name of LIMIT_FIELDS) if (r.fields[name] !== undefined) errors[name] = limitProblem(locale, name);
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack();
    if (!r.ok) throw UserFacingError.of(r.error);
    await tell(client, body.user.id, text(locale, 'limits.saved'));
  };
