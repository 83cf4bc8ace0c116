/**
 * A `/holdline` subcommand. Each lives in its own file and is listed in ./index.ts; `/holdline help`
 * shows every subcommand's help line. A subcommand acks the command itself: with its ephemeral
 * answer when that is quick, or at once and then its work (Slack waits 3 s for the ack).
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Locale, MessageKey } from '../../../../../src/engine/index.ts';
import type { SlackDeps } from '../../../deps.ts';

export interface HoldlineContext {
  readonly d: SlackDeps;
  /** The words after the subcommand's name. */
  readonly args: readonly string[];
  /** The Slack user who typed the command. */
  readonly user: string;
  readonly locale: Locale;
  readonly all: readonly HoldlineSubcommand[];
  readonly slack: AllMiddlewareArgs & SlackCommandMiddlewareArgs;
}

export interface HoldlineSubcommand {
  readonly name: string;
  /** Its line in `/holdline help`. */
  readonly helpKey: MessageKey;
  run(ctx: HoldlineContext): Promise<void>;
}
