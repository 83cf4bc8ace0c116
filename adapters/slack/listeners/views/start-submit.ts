/** The start form submitted: starts the session (the view id makes a double submit start one). */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { MAX_REFERENCE } from '../../../../src/app/sessions.ts';
import { CONTACT_CHANNELS, INCIDENT_KINDS, text } from '../../../../src/engine/index.ts';
import { agentIdOf, type SlackDeps, SURFACE, slackGroupsOf } from '../../deps.ts';
import { must } from '../../errors.ts';
import { START_FIELDS } from '../../render/modals.ts';
import { localeOf, selected, typed } from './values.ts';

const oneOf = <T extends string>(list: readonly T[], v: string | undefined): T | undefined =>
  (list as readonly (string | undefined)[]).includes(v) ? (v as T) : undefined;

export const startSubmit =
  (d: SlackDeps) =>
  async ({ ack, view, body }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>): Promise<void> => {
    const locale = localeOf(view);
    const values = view.state.values;
    const kind = oneOf(INCIDENT_KINDS, selected(values, START_FIELDS.kind));
    const channel = oneOf(CONTACT_CHANNELS, selected(values, START_FIELDS.channel));
    if (kind === undefined || channel === undefined) {
      const pick = text(locale, 'error.unknown_choice');
      await ack({
        response_action: 'errors',
        errors: {
          ...(kind ? {} : { [START_FIELDS.kind]: pick }),
          ...(channel ? {} : { [START_FIELDS.channel]: pick }),
        },
      });
      return;
    }
    const reference = typed(values, START_FIELDS.reference);
    const said = typed(values, START_FIELDS.said);
    const r = await d.services.sessions.start({
      agentId: agentIdOf(body.user.id),
      surface: SURFACE,
      kind,
      channel,
      locale,
      ...(reference ? { customerReference: reference } : {}),
      ...(said ? { said } : {}),
      requestKey: `slack:view:${view.id}`,
      // A member listed through a user group may start sessions (asked of Slack, cached).
      memberOf: slackGroupsOf(d, body.user.id),
    });
    if (!r.ok && r.error.code === 'text_too_long') {
      const field = r.error.params?.max === MAX_REFERENCE ? START_FIELDS.reference : START_FIELDS.said;
      await ack({
        response_action: 'errors',
        errors: { [field]: text(locale, 'error.text_too_long', r.error.params) },
      });
      return;
    }
    await ack();
    must(r);
  };
