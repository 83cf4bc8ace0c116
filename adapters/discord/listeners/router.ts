/**
 * Routes each interaction to its listener (a slash command to its module in commands/), and is the one
 * error handler: an unknown command or button gets a clear ephemeral sentence, a failure is logged
 * (never the interaction's options) and the agent told; nothing escapes to the process.
 */
import { DiscordAPIError, type Interaction } from 'discord.js';
import { RESTJSONErrorCodes } from 'discord-api-types/v10';
import { safeError } from '../../../src/app/safe-error.ts';
import { parseCareButton, parseCareModal } from '../care-id.ts';
import { commandNamed } from '../commands/index.ts';
import { LIMITS_BUTTON_ID, LIMITS_MODAL_ID, parsePageButton, parseStepButton } from '../custom-id.ts';
import { parsePracticeButton } from '../render/practice.ts';
import { parseReportButton, parseStatementButton, parseStatementModal } from '../render/record.ts';
import { onCareButton, onCareModal } from './care.ts';
import type { ListenerContext } from './context.ts';
import { onLimits } from './limits.ts';
import { onLimitsSubmit } from './limits-submit.ts';
import { onPageButton } from './page-button.ts';
import { personLocale } from './person-locale.ts';
import { onPracticeButton } from './practice.ts';
import { onReportButton, onStatementButton, onStatementSubmit } from './record.ts';
import { sayKey } from './reply.ts';
import { onStepButton } from './step-button.ts';

async function route(ctx: ListenerContext, i: Interaction): Promise<void> {
  if (i.isChatInputCommand()) {
    const command = commandNamed(i.commandName);
    if (command !== undefined) return command.execute(ctx, i);
    return sayKey(i, await personLocale(ctx, i), 'discord.unknown_command');
  }
  if (i.isButton()) {
    if (i.customId === LIMITS_BUTTON_ID) return onLimits(ctx, i);
    const statement = parseStatementButton(i.customId);
    if (statement !== null) return onStatementButton(ctx, i, statement);
    const report = parseReportButton(i.customId);
    if (report !== null) return onReportButton(ctx, i, report);
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
    const statementModal = parseStatementModal(i.customId);
    if (statementModal !== null) return onStatementSubmit(ctx, i, statementModal);
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
      const refused = (await ctx.gate?.refusal(i)) ?? null;
      if (refused !== null) {
        ctx.app.log.info({ interaction: i.id, guild: i.guildId, user: i.user.id }, 'discord interaction refused');
        if (i.isRepliable()) await sayKey(i, await personLocale(ctx, i), refused);
        return;
      }
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
