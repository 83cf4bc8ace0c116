/** `/holdline help` (and `/holdline` alone): every subcommand's line. */
import { text } from '../../../../../src/engine/index.ts';
import type { HoldlineContext, HoldlineSubcommand } from './types.ts';

export const helpText = (ctx: Pick<HoldlineContext, 'locale' | 'all'>): string =>
  [
    text(ctx.locale, 'slack.holdline.title'),
    ...ctx.all.map((s) => text(ctx.locale, s.helpKey)),
    text(ctx.locale, 'slack.holdline.checkin_line'),
    text(ctx.locale, 'slack.holdline.history_line'),
  ].join('\n');

export const help: HoldlineSubcommand = {
  name: 'help',
  helpKey: 'slack.holdline.help_line',
  run: async (ctx) => helpText(ctx),
};
