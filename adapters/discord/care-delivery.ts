/**
 * Care effects on Discord (docs/checkins.md, "Contract for chat adapters"), sent with the bot token:
 * peer pings and check-in posts to the configured channel, the break reminder to the agent's DM,
 * break notices, nudges and the weekly digest to each supervisor's DM. Nobody is pinged: a name is
 * a mention for reading, `allowed_mentions` is empty. Each post carries a nonce derived from the
 * effect and the target with `enforce_nonce`, so a retry soon after a lost answer does not post twice.
 * The weekly digest's chart follows its text as a PNG attachment (alt text in the attachment's description).
 */
import { createHash } from 'node:crypto';
import { escapeMarkdown, MessageFlags } from 'discord.js';
import type { AgentService } from '../../src/app/agents.ts';
import { digestPng, digestPngName } from '../../src/charts/png.ts';
import { type CareEffect, careText, type Digest, type Locale, text } from '../../src/engine/index.ts';
import { DeliveryError, type Logger } from '../../src/ports.ts';
import type { CareDelivery, CareItem } from '../../src/ports-care.ts';
import { userIdOf } from './agent.ts';
import { type DiscordMessenger, type MessageBody, NO_PINGS, toDeliveryError } from './dm.ts';
import { MESSAGE_MAX } from './render/care.ts';

/** Discord nonces are at most 25 characters: a hash of the effect id and the target. */
export const careNonce = (effectId: string, target: string): string =>
  createHash('sha256').update(`care|${effectId}|${target}`).digest('base64url').slice(0, 25);

/** A channel id as configured for the discord surface (`discord:123` or `123`); null when malformed. */
const channelOf = (id: string): string | null => /^(?:discord:)?(\d{1,20})$/.exec(id)?.[1] ?? null;

/** `<@id>` for a Discord agent: readable in the client, and never a ping (allowed_mentions is empty). */
const nameOf = (agentId: string): string => {
  const userId = userIdOf(agentId);
  return userId === null ? agentId : `<@${userId}>`;
};

/** Stands for an agent in the text until the text is escaped (private-use characters, never typed). */
const AGENT_MARK = /\uE000agent:([^\uE000]*)\uE000/g;

/**
 * A care effect's text, safe as Discord markdown: what the agent typed (a check-in note) is escaped,
 * so it can neither format the post nor carry a masked link, and `<` loses its meaning (no `<@…>`,
 * `<#…>` or `<t:…>` smuggled in); the agent's own mention goes in after escaping.
 */
export function safeCareText(e: CareEffect, locale: Locale): string {
  const marked = careText(e, locale, (id) => `\uE000agent:${id}\uE000`);
  if (e.type === 'digestPost') return marked.replace(AGENT_MARK, (_m, id: string) => nameOf(id));
  return escapeMarkdown(marked, { maskedLink: true })
    .replace(/</g, '\\<')
    .replace(AGENT_MARK, (_m, id: string) => nameOf(id));
}

/** Links in what Holdline posts never unfold into embeds (a note's URL stays a plain link). */
const NO_EMBEDS = { flags: MessageFlags.SuppressEmbeds } as const;

/** Splits text into messages of at most MESSAGE_MAX characters, on line breaks where it can. */
export function chunks(content: string, max = MESSAGE_MAX): string[] {
  const out: string[] = [];
  let current = '';
  for (const line of content.split('\n')) {
    const piece = line.length > max ? line.slice(0, max) : line;
    if (current !== '' && current.length + 1 + piece.length > max) {
      out.push(current);
      current = piece;
    } else current = current === '' ? piece : `${current}\n${piece}`;
  }
  if (current !== '') out.push(current);
  return out;
}

export interface DiscordCareDeliveryDeps {
  readonly messenger: DiscordMessenger;
  readonly agents: AgentService;
  readonly log: Logger;
  /** The team default language: what channel posts are written in (never the agent's own, see below). */
  readonly teamLocale: Locale;
}

export class DiscordCareDelivery implements CareDelivery {
  constructor(private readonly d: DiscordCareDeliveryDeps) {}

  async deliverCare(item: CareItem): Promise<void> {
    const e = item.effect;
    switch (e.type) {
      case 'peerPing':
      case 'checkinPost': {
        // Queued only when the team has a channel; one that is no Discord id is a configuration error.
        const channelId = channelOf(e.channel);
        if (channelId === null)
          throw new DeliveryError(`the ${e.type} channel is not a Discord channel id`, undefined, false);
        return this.toChannel(item, channelId, e);
      }
      case 'breakOver':
        return this.toAgent(item, e.agentId, (locale) => safeCareText(e, locale));
      case 'breakNotice':
      case 'supervisorNudge':
        return this.toSupervisors(item, e.to, (locale) => safeCareText(e, locale));
      case 'digestPost':
        return this.toSupervisors(
          item,
          e.to,
          (locale) => safeCareText(e, locale),
          (locale) => chartFile(e.digest, locale),
        );
    }
  }

  /**
   * A post in a team channel, in the team's language. An anonymous check-in carries only the bot's
   * text: no mention, no embed author, no agent's locale (a rare language would give its writer away).
   */
  private async toChannel(item: CareItem, channelId: string, e: CareEffect): Promise<void> {
    const content = safeCareText(e, this.d.teamLocale).slice(0, MESSAGE_MAX);
    try {
      await this.post(item, channelId, channelId, { content });
    } catch (err) {
      throw toDeliveryError(err, `posting ${e.type} to the channel`);
    }
  }

  private async toAgent(item: CareItem, agentId: string, render: (locale: Locale) => string): Promise<void> {
    const userId = userIdOf(agentId);
    if (userId === null) throw new DeliveryError(`care effect ${item.id} has no Discord agent`, undefined, false);
    const locale = await this.d.agents.localeFor(agentId);
    try {
      await this.post(item, `dm:${userId}`, await this.d.messenger.dmChannelId(userId), { content: render(locale) });
    } catch (err) {
      throw toDeliveryError(err, `sending ${item.effect.type} to the agent`);
    }
  }

  /**
   * A DM to each supervisor on Discord in `to` (other surfaces' ids are theirs to deliver), each in
   * that supervisor's language. One supervisor Discord will never reach does not hold up the others;
   * a failure worth retrying retries the whole item, and the nonces keep the ones already sent single.
   */
  private async toSupervisors(
    item: CareItem,
    to: readonly string[],
    render: (locale: Locale) => string,
    attachment?: (locale: Locale) => ChartFile | null,
  ): Promise<void> {
    const targets = to.flatMap((id) => {
      const userId = userIdOf(id);
      return userId === null ? [] : [{ id, userId }];
    });
    if (targets.length === 0) return this.skip(item, 'no Discord supervisor to tell');
    let retry: DeliveryError | null = null;
    let permanent: DeliveryError | null = null;
    let sent = 0;
    for (const { id, userId } of targets) {
      try {
        const locale = await this.d.agents.localeFor(id);
        const channelId = await this.d.messenger.dmChannelId(userId);
        const parts = chunks(render(locale));
        for (const [n, content] of parts.entries()) await this.post(item, `dm:${userId}:${n}`, channelId, { content });
        const file = attachment?.(locale);
        if (file) await this.postFile(item, `dm:${userId}:file`, channelId, file);
        sent++;
      } catch (err) {
        const failure = toDeliveryError(err, `sending ${item.effect.type} to a supervisor`);
        if (failure.retryable) retry ??= failure;
        else {
          permanent ??= failure;
          this.d.log.warn({ care: item.id, type: item.effect.type, error: failure.message }, 'supervisor unreachable');
        }
      }
    }
    if (retry !== null) throw retry;
    if (sent === 0 && permanent !== null) throw permanent;
  }

  private async post(item: CareItem, target: string, channelId: string, body: MessageBody): Promise<void> {
    await this.d.messenger.post(channelId, {
      ...body,
      ...NO_PINGS,
      ...NO_EMBEDS,
      nonce: careNonce(item.id, target),
      enforce_nonce: true,
    });
  }

  private async postFile(item: CareItem, target: string, channelId: string, f: ChartFile): Promise<void> {
    await this.d.messenger.postWithFile(
      channelId,
      {
        attachments: [{ id: 0, filename: f.name, description: f.description }],
        ...NO_PINGS,
        nonce: careNonce(item.id, target),
        enforce_nonce: true,
      },
      { name: f.name, data: f.data, contentType: 'image/png' },
    );
  }

  private skip(item: CareItem, why: string): void {
    this.d.log.info({ care: item.id, type: item.effect.type }, `care effect not sent on Discord: ${why}`);
  }
}

interface ChartFile {
  readonly name: string;
  readonly data: Buffer;
  readonly description: string;
}

/** The digest's chart as an attachment; null when the digest carries no trend. */
function chartFile(d: Digest, locale: Locale): ChartFile | null {
  const data = digestPng(d, locale);
  if (data === null) return null;
  const description = text(locale, 'digest.chart_alt', { team: d.teamId, week: d.week }).slice(0, 1024);
  return { name: digestPngName(d), data, description };
}
