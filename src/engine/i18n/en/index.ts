/**
 * The English catalogue: the complete set of keys. Each feature keeps its entries in its own file
 * here; the other locales (ms, id, nb, tl) use the same keys.
 */
import { access } from './access.ts';
import { care } from './care.ts';
import { chatFlags } from './chat-flags.ts';
import { core } from './core.ts';
import { critical } from './critical.ts';
import { detail } from './detail.ts';
import { discord } from './discord.ts';
import { discordCare } from './discord-care.ts';
import { flags } from './flags.ts';
import { followUp } from './follow-up.ts';
import { guidance } from './guidance.ts';
import { language } from './language.ts';
import { paging } from './paging.ts';
import { practice } from './practice.ts';
import { reach } from './reach.ts';
import { record } from './record.ts';
import { reportUpdate } from './report-update.ts';
import { slack } from './slack.ts';
import { slackcare } from './slackcare.ts';
import { supervisor } from './supervisor.ts';

export const en = {
  ...core,
  ...access,
  ...language,
  ...detail,
  ...flags,
  ...paging,
  ...practice,
  ...reach,
  ...care,
  ...slack,
  ...slackcare,
  ...discord,
  ...discordCare,
  ...chatFlags,
  ...supervisor,
  ...critical,
  ...reportUpdate,
  ...record,
  ...followUp,
  ...guidance,
} as const;
export type MessageKey = keyof typeof en;
