/**
 * An agent whose Slack DM with Holdline cannot be written to (the first step message failed with an error
 * retrying cannot fix: cannot_dm_bot, channel_not_found, …). The delivery records it on the session instead
 * of the step's {channel, ts}; /complaint then answers with the step ephemerally through its response_url,
 * and the step's buttons replace that ephemeral message (issue 15, like Discord's closed DMs).
 */
import type { RespondFn } from '@slack/bolt';
import type { AppServices } from '../../src/app/services.ts';
import { type Locale, text, viewSession } from '../../src/engine/index.ts';
import { sessionMessage } from './render/session.ts';

export interface DmUnwritableRef {
  readonly dmUnwritable: true;
  /** What Slack answered, for the log and support. */
  readonly error: string;
}

export const isDmUnwritable = (value: unknown): value is DmUnwritableRef =>
  typeof value === 'object' && value !== null && (value as Record<string, unknown>).dmUnwritable === true;

/**
 * When the session's step could not be written to the agent's DM, shows it through `respond` (ephemeral;
 * `replace` for a button on that ephemeral message), led by a sentence on a first showing. True when shown.
 */
export async function showStepHere(
  services: AppServices,
  respond: RespondFn,
  sessionId: string,
  how: { readonly locale?: Locale; readonly replace: boolean },
): Promise<boolean> {
  if (!isDmUnwritable(await services.sessions.surfaceRef(sessionId))) return false;
  const got = await services.sessions.get(sessionId);
  if (!got.ok || got.value === null) return false;
  const locale = how.locale ?? got.value.locale;
  const step = sessionMessage(
    viewSession(got.value, services.clock.now(), locale),
    locale,
    services.statements?.available === true,
  );
  const lead = text(locale, 'slack.dm_unwritable_here');
  await respond({
    response_type: 'ephemeral',
    replace_original: how.replace,
    text: how.replace ? step.text : `${lead}\n\n${step.text}`,
    blocks: how.replace
      ? step.blocks
      : [{ type: 'context', elements: [{ type: 'mrkdwn', text: lead }] }, ...step.blocks],
  });
  return true;
}
