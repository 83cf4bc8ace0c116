/**
 * An INTERACTION_CREATE that arrives without its `data` makes discord.js 14 throw inside its gateway
 * handler before any listener runs (tests/fakes/discord/README.md), so the agent would hear nothing.
 * The raw packet is seen first: answer such an interaction with a sentence through its callback.
 * (The library's own throw still surfaces as an unhandled rejection, which main logs.)
 */
import { type Client, MessageFlags, Routes } from 'discord.js';
import { InteractionResponseType, InteractionType } from 'discord-api-types/v10';
import { safeError } from '../../../src/app/safe-error.ts';
import { resolveLocale, text } from '../../../src/engine/index.ts';
import type { Logger } from '../../../src/ports.ts';

interface RawPacket {
  t?: unknown;
  d?: unknown;
}

const NEEDS_DATA: readonly number[] = [
  InteractionType.ApplicationCommand,
  InteractionType.MessageComponent,
  InteractionType.ModalSubmit,
];

export function onRawPacket(client: Client, log: Logger): (packet: RawPacket) => void {
  return (packet) => {
    if (packet.t !== 'INTERACTION_CREATE') return;
    const d = packet.d as Record<string, unknown> | null | undefined;
    if (d === null || typeof d !== 'object') {
      log.warn({}, 'INTERACTION_CREATE without a payload ignored');
      return;
    }
    if (typeof d.data === 'object' && d.data !== null) return;
    if (typeof d.type !== 'number' || !NEEDS_DATA.includes(d.type)) return;
    if (typeof d.id !== 'string' || typeof d.token !== 'string') return;
    log.warn({ interaction: d.id, type: d.type }, 'malformed interaction (no data); answered with a sentence');
    const content = text(resolveLocale([typeof d.locale === 'string' ? d.locale : null]), 'discord.malformed');
    void client.rest
      .post(Routes.interactionCallback(d.id, d.token), {
        auth: false,
        body: {
          type: InteractionResponseType.ChannelMessageWithSource,
          data: { content, flags: MessageFlags.Ephemeral },
        },
      })
      .catch((err: unknown) =>
        log.warn({ interaction: d.id, err: safeError(err) }, 'could not answer a malformed interaction'),
      );
  };
}
