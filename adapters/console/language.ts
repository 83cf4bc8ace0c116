/** The terminal's `lang <code>` command: stores the agent's own language choice and switches to it. */
import type { AgentService } from '../../src/app/agents.ts';
import { errorText } from '../../src/app/errors.ts';
import { LOCALES, matchLocale, text } from '../../src/engine/index.ts';
import type { Speech } from './speech.ts';
import type { Terminal } from './terminal.ts';

const COMMAND = /^(?:lang|language|\/language)(?:\s+(\S+))?$/i;

export const isLanguageCommand = (line: string): boolean => COMMAND.test(line.trim());

/** `lang ms` sets, `lang auto` removes the agent's choice (back to HOLDLINE_LOCALE); anything else is explained. */
export async function switchLanguage(
  d: { readonly agents: AgentService; readonly agentId: string; readonly term: Terminal; readonly speech: Speech },
  line: string,
): Promise<void> {
  const arg = COMMAND.exec(line.trim())?.[1]?.toLowerCase() ?? '';
  const say = (key: Parameters<typeof text>[1], params?: Parameters<typeof text>[2]) =>
    d.term.say(text(d.speech.locale, key, params));
  if (arg === '') {
    say('console.help_language', { choices: LOCALES.join(', ') });
    return;
  }
  const clear = arg === 'auto' || arg === 'default';
  const chosen = clear ? null : matchLocale(arg);
  if (!clear && chosen === null) {
    say('console.language_unknown', { input: arg.slice(0, 20), choices: LOCALES.join(', ') });
    return;
  }
  const saved = await d.agents.setLocale(d.agentId, chosen);
  if (!saved.ok) {
    d.term.say(`  ! ${errorText(d.speech.locale, saved.error)}`);
    return;
  }
  d.speech.locale = chosen ?? (await d.agents.localeFor(d.agentId));
  const name = { key: `language.${d.speech.locale}` } as const;
  say(clear ? 'console.language_cleared' : 'console.language_set', { language: name });
}
