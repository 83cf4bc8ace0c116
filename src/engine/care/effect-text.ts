/** The sentence each care effect carries, translated, so every surface says the same thing. */
import { translate } from '../i18n/catalogue.ts';
import type { Locale } from '../types.ts';
import type { CareEffect } from './effects.ts';
import { renderDigest } from './render-digest.ts';

/** `agentName` turns an agent id into a display name (a Slack mention, a Discord user, the terminal name). */
export function careText(e: CareEffect, locale: Locale, agentName: (id: string) => string = (id) => id): string {
  switch (e.type) {
    case 'peerPing':
      return translate(locale, 'care.peer_ping', { agent: agentName(e.agentId) });
    case 'breakOver':
      return translate(locale, 'care.break_over', { minutes: e.minutes });
    case 'breakNotice':
      return translate(locale, 'care.break_notice', { agent: agentName(e.agentId), minutes: e.minutes });
    case 'checkinPost': {
      const head =
        e.agentId === null
          ? translate(locale, 'care.post_anonymous', { mood: e.mood })
          : translate(locale, 'care.post_named', { agent: agentName(e.agentId), mood: e.mood });
      return e.note === null ? head : `${head} “${e.note}”`;
    }
    case 'supervisorNudge':
      return translate(locale, `care.nudge_${e.reason}`, {
        agent: e.agentId === null ? '' : agentName(e.agentId),
        team: e.teamId,
        value: e.value,
      });
    case 'digestPost':
      return renderDigest(e.digest, locale).join('\n');
  }
}
