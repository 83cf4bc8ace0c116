/** Ephemeral sentences for the agent: app errors and adapter problems, in the agent's language. */
import {
  type ButtonInteraction,
  MessageFlags,
  type ModalSubmitInteraction,
  type RepliableInteraction,
} from 'discord.js';
import { type AppError, errorKey } from '../../../src/app/errors.ts';
import { type MessageKey, text } from '../../../src/engine/index.ts';
import { holdlineLocale } from '../locale.ts';

export const localeOf = (i: { locale: string }) => holdlineLocale(i.locale);

export const errorText = (i: { locale: string }, e: AppError): string =>
  text(localeOf(i), errorKey(e.code), { detail: e.detail ?? '', ...e.params });

/** Replies, or edits the deferred reply, or follows up: whichever the interaction still allows. */
export async function sayEphemeral(i: RepliableInteraction, content: string): Promise<void> {
  if (i.deferred && !i.replied) await i.editReply({ content });
  else if (i.replied) await i.followUp({ content, flags: MessageFlags.Ephemeral });
  else await i.reply({ content, flags: MessageFlags.Ephemeral });
}

export const sayKey = (i: RepliableInteraction, key: MessageKey, params?: Record<string, string>) =>
  sayEphemeral(i, text(localeOf(i), key, params));

export type ComponentLike = ButtonInteraction | ModalSubmitInteraction;
