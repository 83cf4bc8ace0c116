/**
 * A `/holdline` subcommand. Each lives in its own file and is listed in ./index.ts; `/holdline help`
 * shows every subcommand's help line. `run` returns the sentence to show (only to the person who
 * typed the command) or null for nothing; the dispatcher acks with it, or, when the answer takes
 * longer than Slack's 3 s ack window allows, acks at once and sends the answer by DM.
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
  /** The command itself (trigger_id for a modal, channel_id, …). */
  readonly command: SlackCommandMiddlewareArgs['command'];
  readonly client: AllMiddlewareArgs['client'];
}

export interface HoldlineSubcommand {
  readonly name: string;
  /** Its line in `/holdline help`. */
  readonly helpKey: MessageKey;
  run(ctx: HoldlineContext): Promise<string | null>;
}
