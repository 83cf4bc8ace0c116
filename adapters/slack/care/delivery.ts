/**
 * Carries care effects out in Slack (registered for surface `slack` with registerCareDelivery):
 * peer pings and check-in posts go to the team's configured channel,
 * the break reminder to the agent's DM, break notices / nudges / the weekly digest to each supervisor
 * in `to` by DM, each in their own language. Failures become DeliveryErrors (retryable or not, 429
 * after Retry-After) as in ../delivery.ts. A named post or a DM carries the effect id in its metadata,
 * so a retry after a partial failure skips recipients who already have it. An anonymous post carries
 * no metadata at all: nothing in Slack links it to its stored row. The weekly digest also carries its
 * chart, uploaded into the same DM with the files upload API (files.getUploadURLExternal, the bytes,
 * files.completeUploadExternal); its file name names the team and week, so a retry uploads it once.
 */

import { safeError } from '../../../src/app/safe-error.ts';
import { digestPng, digestPngName } from '../../../src/charts/png.ts';
import { type CareEffect, type Digest, type Locale, text } from '../../../src/engine/index.ts';
import { DeliveryError, type Logger } from '../../../src/ports.ts';
import type { CareDelivery, CareItem } from '../../../src/ports-care.ts';
import { asDeliveryError } from '../delivery.ts';
import { userIdOf } from '../deps.ts';
import { openDm } from '../dm.ts';
import type { LocaleCache } from '../locale.ts';
import { platformError } from '../pages.ts';
import type { RenderedMessage } from '../render/session.ts';
import type { WebClient } from '../web-client.ts';
import { careMessage } from './render.ts';

export const CARE_EVENT_TYPE = 'holdline_care';
const HISTORY_LIMIT = 50;

export interface SlackCareDeliveryDeps {
  readonly client: WebClient;
  readonly log: Logger;
  readonly locales: LocaleCache;
  /** A person's language: their own choice, else the platform's, else the team default (AgentService.localeFor). */
  readonly localeFor: (personId: string, platformLocale?: string | null) => Promise<Locale>;
  /** The team default language, for channel posts (everybody in the channel reads them). */
  readonly teamLocale: () => Locale;
}

/** A Slack user id we can DM (not a channel, not a user group, not another surface's id). */
const slackUser = (person: string): string | null => {
  const id = userIdOf(person);
  return id !== null && /^[UW][A-Z0-9]+$/.test(id) ? id : null;
};

export class SlackCareDelivery implements CareDelivery {
  constructor(private readonly d: SlackCareDeliveryDeps) {}

  async deliverCare(item: CareItem): Promise<void> {
    try {
      await this.carryOut(item, item.effect);
    } catch (err) {
      throw asDeliveryError(err);
    }
  }

  private async carryOut(item: CareItem, e: CareEffect): Promise<void> {
    switch (e.type) {
      case 'peerPing':
      case 'checkinPost':
        return this.toChannel(item, e);
      case 'breakOver': {
        const user = slackUser(e.agentId);
        if (user === null) throw new DeliveryError(`agent ${e.agentId} is not a Slack user`, undefined, false);
        return this.dm(item, user, careMessage(e, await this.localeOf(e.agentId, user)));
      }
      case 'breakNotice':
      case 'supervisorNudge':
      case 'digestPost':
        return this.toSupervisors(item, e, e.to);
    }
  }

  /** The team's channel (the service queues these only when the team has one). */
  private async toChannel(item: CareItem, e: Extract<CareEffect, { type: 'peerPing' | 'checkinPost' }>) {
    const message = careMessage(e, this.d.teamLocale());
    if (e.agentId === null) {
      // Anonymous: as the bot, no metadata, no mention. A retry after an unclear failure may post twice.
      await this.d.client.chat.postMessage({ channel: e.channel, ...message });
      return;
    }
    await this.postOnce(item, e.channel, message);
  }

  private async toSupervisors(item: CareItem, e: CareEffect, to: readonly string[]): Promise<void> {
    const users = to.map((p) => [p, slackUser(p)] as const).filter((x): x is [string, string] => x[1] !== null);
    if (users.length === 0) this.d.log.warn({ care: item.id, type: e.type }, 'no Slack supervisor to tell');
    for (const [person, user] of users) {
      const locale = await this.localeOf(person, user);
      const channel = await openDm(this.d.client, user);
      await this.postOnce(item, channel, careMessage(e, locale));
      if (e.type === 'digestPost') await this.uploadChart(channel, e.digest, locale);
    }
  }

  /** The digest's chart as a PNG in the DM (skipped when a file of that name is already there). */
  private async uploadChart(channel: string, digest: Digest, locale: Locale): Promise<void> {
    const png = digestPng(digest, locale);
    if (png === null) return;
    const filename = digestPngName(digest);
    if (await this.alreadyShared(channel, filename)) return;
    await this.d.client.filesUploadV2({
      channel_id: channel,
      file: png,
      filename,
      title: filename,
      alt_text: text(locale, 'digest.chart_alt', { team: digest.teamId, week: digest.week }),
    });
  }

  private async alreadyShared(channel: string, filename: string): Promise<boolean> {
    try {
      const res = await this.d.client.conversations.history({ channel, limit: HISTORY_LIMIT });
      return (res.messages ?? []).some((m) => (m.files ?? []).some((f) => f.name === filename));
    } catch (err) {
      this.d.log.warn({ error: platformError(err) ?? safeError(err) }, 'care: history lookup failed');
      return false;
    }
  }

  private async localeOf(person: string, user: string): Promise<Locale> {
    return this.d.localeFor(person, await this.d.locales.of(user));
  }

  private async dm(item: CareItem, user: string, message: RenderedMessage): Promise<void> {
    await this.postOnce(item, await openDm(this.d.client, user), message);
  }

  /** Posts with the effect id in the metadata; on a retry, first looks for the post already made. */
  private async postOnce(item: CareItem, channel: string, message: RenderedMessage): Promise<void> {
    if (item.attempts > 0 && (await this.alreadyPosted(channel, item.id))) return;
    await this.d.client.chat.postMessage({
      channel,
      ...message,
      metadata: { event_type: CARE_EVENT_TYPE, event_payload: { effect: item.id } },
    });
  }

  private async alreadyPosted(channel: string, effectId: string): Promise<boolean> {
    try {
      const res = await this.d.client.conversations.history({
        channel,
        limit: HISTORY_LIMIT,
        include_all_metadata: true,
      });
      return (res.messages ?? []).some(
        (m) =>
          m.metadata?.event_type === CARE_EVENT_TYPE &&
          (m.metadata.event_payload as Record<string, unknown> | undefined)?.effect === effectId,
      );
    } catch (err) {
      // Without history access (a scope missing, a channel the bot cannot read) post again rather than never.
      this.d.log.warn({ care: effectId, error: platformError(err) ?? safeError(err) }, 'care: history lookup failed');
      return false;
    }
  }
}
