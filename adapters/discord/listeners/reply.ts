/** Ephemeral sentences for the agent: app errors and adapter problems, in the agent's language (person-locale.ts). */
import {
  type ButtonInteraction,
  MessageFlags,
  type ModalSubmitInteraction,
  type RepliableInteraction,
} from 'discord.js';
import { type Locale, type MessageKey, text } from '../../../src/engine/index.ts';

/** Replies, or edits the deferred reply, or follows up: whichever the interaction still allows. */
export async function sayEphemeral(i: RepliableInteraction, content: string): Promise<void> {
  if (i.deferred && !i.replied) await i.editReply({ content });
  else if (i.replied) await i.followUp({ content, flags: MessageFlags.Ephemeral });
  else await i.reply({ content, flags: MessageFlags.Ephemeral });
}

/** A catalogue sentence, in the language personLocale chose for this person. */
export const sayKey = (i: RepliableInteraction, locale: Locale, key: MessageKey, params?: Record<string, string>) =>
  sayEphemeral(i, text(locale, key, params));

export type ComponentLike = ButtonInteraction | ModalSubmitInteraction;
