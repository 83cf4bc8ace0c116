/**
 * `/language [code|auto]` (docs/languages.md): shows the person's language and the choices, stores their
 * own choice (AgentService.setLocale), `auto` removes it. The locale cache forgets the person at once, so
 * the answer, and the next `/complaint`, are in the new language.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { errorText } from '../../../../src/app/errors.ts';
import { LOCALES, type Locale, matchLocale, text } from '../../../../src/engine/index.ts';
import { agentIdOf, type SlackDeps } from '../../deps.ts';
import { esc } from '../../render/text.ts';

/** `en (English), ms (Bahasa Melayu), …`: each language by its own name. */
export const languageChoices = (): string => LOCALES.map((l) => `${l} (${text(l, `language.${l}`)})`).join(', ');

export const languageCommand =
  (d: SlackDeps) =>
  async ({ command, ack }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    let answer: string;
    try {
      answer = esc(await languageAnswer(d, command.user_id, command.text));
    } catch (err) {
      await ack();
      throw err;
    }
    await ack({ response_type: 'ephemeral', text: answer });
  };

async function languageAnswer(d: SlackDeps, user: string, input: string): Promise<string> {
  const person = agentIdOf(user);
  const arg = input.trim().toLowerCase();
  const locale = await d.locales.of(user);
  const name = (l: Locale) => ({ key: `language.${l}` }) as const;
  if (arg === '') {
    const own = await d.services.agents.locale(person);
    return text(locale, 'chat.language.current', {
      language: name(locale),
      how: { key: own.ok && own.value !== null ? 'chat.language.own' : 'chat.language.automatic' },
      choices: languageChoices(),
    });
  }
  const clear = arg === 'auto' || arg === 'default';
  const chosen = clear ? null : matchLocale(arg);
  if (!clear && chosen === null)
    return text(locale, 'console.language_unknown', { input: arg.slice(0, 20), choices: `${languageChoices()}, auto` });
  const saved = await d.services.agents.setLocale(person, chosen);
  if (!saved.ok) return errorText(locale, saved.error);
  d.locales.forget(user);
  const now = await d.locales.of(user);
  return text(now, clear ? 'console.language_cleared' : 'console.language_set', { language: name(now) });
}
