/**
 * Every slash command, one module each ({ definition, execute }): the router runs them by name and
 * `holdline discord register` publishes their definitions, from this one list.
 */
import { checkin } from './checkin.ts';
import { complaint } from './complaint.ts';
import { flag } from './flag.ts';
import { holdline } from './holdline.ts';
import { language } from './language.ts';
import { limits } from './limits.ts';
import { practice } from './practice.ts';
import type { SlashCommand } from './types.ts';

export type { SlashCommand } from './types.ts';

export const COMMANDS: readonly SlashCommand[] = [complaint, limits, holdline, checkin, flag, language, practice];

/** What `holdline discord register` publishes (order kept: Discord lists them in this order). */
export const commandDefinitions = COMMANDS.map((c) => c.definition);

const BY_NAME: ReadonlyMap<string, SlashCommand> = new Map(COMMANDS.map((c) => [c.definition.name, c]));

/** The command of that name, or undefined for one Holdline does not register. */
export const commandNamed = (name: string): SlashCommand | undefined => BY_NAME.get(name);
