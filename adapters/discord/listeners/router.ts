/**
 * Routes each interaction to its listener, and is the one error handler: an unknown command or
 * button gets a clear ephemeral sentence, a failure is logged (never the interaction's options)
 * and the agent told; nothing escapes to the process.
 */
import { DiscordAPIError, type Interaction } from 'discord.js';
import { RESTJSONErrorCodes } from 'discord-api-types/v10';
import { safeError } from '../../../src/app/safe-error.ts';
import { parseCareButton, parseCareModal } from '../care-id.ts';
import {
  CHECKIN_COMMAND,
  CHECKIN_HISTORY,
  CHECKINS_SUBCOMMAND,
  COMMAND,
  DIGEST_SUBCOMMAND,
  HELP_SUBCOMMAND,
  NOW_SUBCOMMAND,
} from '../commands.ts';
import { FLAG_COMMAND, LANGUAGE_COMMAND } from '../commands-flag.ts';
import { PRACTICE_COMMAND } from '../commands-practice.ts';
import { LIMITS_BUTTON_ID, LIMITS_MODAL_ID, parsePageButton, parseStepButton } from '../custom-id.ts';
import { parsePracticeButton } from '../render/practice.ts';
import { onCareButton, onCareModal, onCheckinCommand, onCheckins, onDigest } from './care.ts';
import { onComplaint } from './complaint.ts';
import type { ListenerContext } from './context.ts';
import { onFlag } from './flag.ts';
import { onHelp } from './help.ts';
import { onLanguage } from './language.ts';
import { onLimits } from './limits.ts';
import { onLimitsSubmit } from './limits-submit.ts';
import { onPageButton } from './page-button.ts';
import { personLocale } from './person-locale.ts';
import { onPractice, onPracticeButton } from './practice.ts';
import { sayKey } from './reply.ts';
import { onStepButton } from './step-button.ts';
import { onCheckinHistory, onNow } from './supervisor.ts';

async function route(ctx: ListenerContext, i: Interaction): Promise<void> {
  if (i.isChatInputCommand()) {
    if (i.commandName === COMMAND.complaint) return onComplaint(ctx, i);
    if (i.commandName === COMMAND.limits) return onLimits(ctx, i);
    if (i.commandName === FLAG_COMMAND) return onFlag(ctx, i);
    if (i.commandName === LANGUAGE_COMMAND) return onLanguage(ctx, i);
    if (i.commandName === PRACTICE_COMMAND) return onPractice(ctx, i);
    if (i.commandName === COMMAND.holdline && i.options.getSubcommand(false) === HELP_SUBCOMMAND) return onHelp(ctx, i);
    if (i.commandName === CHECKIN_COMMAND && i.options.getSubcommand(false) === CHECKIN_HISTORY)
      return onCheckinHistory(ctx, i);
    if (i.commandName === CHECKIN_COMMAND) return onCheckinCommand(ctx, i);
    if (i.commandName === COMMAND.holdline && i.options.getSubcommand(false) === NOW_SUBCOMMAND) return onNow(ctx, i);
    if (i.commandName === COMMAND.holdline && i.options.getSubcommand(false) === DIGEST_SUBCOMMAND)
      return onDigest(ctx, i);
    if (i.commandName === COMMAND.holdline && i.options.getSubcommand(false) === CHECKINS_SUBCOMMAND)
      return onCheckins(ctx, i);
    return sayKey(i, await personLocale(ctx, i), 'discord.unknown_command');
  }
  if (i.isButton()) {
    if (i.customId === LIMITS_BUTTON_ID) return onLimits(ctx, i);
    const page = parsePageButton(i.customId);
    if (page !== null) return onPageButton(ctx, i, page);
    const step = parseStepButton(i.customId);
    if (step !== null) return onStepButton(ctx, i, step);
    const careButton = parseCareButton(i.customId);
    if (careButton !== null) return onCareButton(ctx, i, careButton);
    const practice = parsePracticeButton(i.customId);
    if (practice !== null) return onPracticeButton(ctx, i, practice);
    return sayKey(i, await personLocale(ctx, i), 'discord.unknown_button');
  }
  if (i.isModalSubmit()) {
    if (i.customId === LIMITS_MODAL_ID) return onLimitsSubmit(ctx, i);
    const careModal = parseCareModal(i.customId);
    if (careModal !== null) return onCareModal(ctx, i, careModal);
    return sayKey(i, await personLocale(ctx, i), 'discord.unknown_button');
  }
  if (i.isRepliable()) return sayKey(i, await personLocale(ctx, i), 'discord.unknown_command');
}

/** Discord refusing an acknowledgement: a duplicate delivery (already acknowledged) or an expired token. */
const isAckRefusal = (err: unknown): boolean =>
  err instanceof DiscordAPIError &&
  (err.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged ||
    err.code === RESTJSONErrorCodes.UnknownInteraction);

export function interactionHandler(ctx: ListenerContext): (i: Interaction) => Promise<void> {
  return async (i) => {
    try {
      await route(ctx, i);
    } catch (err) {
      const where = { interaction: i.id, type: i.type, user: i.user.id };
      if (isAckRefusal(err)) {
        ctx.app.log.info({ ...where, code: (err as DiscordAPIError).code }, 'interaction already answered or expired');
        return;
      }
      ctx.app.log.error({ ...where, err: safeError(err) }, 'interaction failed');
      if (i.isRepliable()) await sayKey(i, await personLocale(ctx, i), 'error.internal').catch(() => {});
    }
  };
}
