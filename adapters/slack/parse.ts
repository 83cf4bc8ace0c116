/**
 * `/complaint` text: `help`; `<kind> [channel] [reference] [what they said]` starts at once;
 * `[reference] [what they said]` (or nothing) opens the form prefilled. A first word that is none
 * of these (only letters, not a kind) is an unknown sub-command: a reference always has a digit or @.
 */
import { CONTACT_CHANNELS, type ContactChannel, INCIDENT_KINDS, type IncidentKind } from '../../src/engine/index.ts';

export type ComplaintCommand =
  | { readonly type: 'help' }
  | { readonly type: 'unknown'; readonly word: string }
  | {
      readonly type: 'start';
      readonly kind: IncidentKind;
      readonly channel: ContactChannel;
      readonly reference?: string;
      readonly said?: string;
    }
  | { readonly type: 'form'; readonly reference?: string; readonly said?: string };

const opt = (reference: string | undefined, said: string) => ({
  ...(reference ? { reference } : {}),
  ...(said ? { said } : {}),
});
const looksLikeReference = (word: string): boolean => /[\d@]/.test(word);
const has = <T extends string>(list: readonly T[], w: string | undefined): w is T =>
  w !== undefined && (list as readonly string[]).includes(w);

export function parseComplaint(text: string): ComplaintCommand {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.toLowerCase();
  if (first === undefined) return { type: 'form' };
  if (first === 'help' || first === '?') return { type: 'help' };
  if (has(INCIDENT_KINDS, first)) {
    const second = words[1]?.toLowerCase();
    const channel = has(CONTACT_CHANNELS, second) ? second : null;
    const rest = words.slice(channel ? 2 : 1);
    const reference = rest[0] && looksLikeReference(rest[0]) ? rest[0] : undefined;
    return {
      type: 'start',
      kind: first,
      channel: channel ?? 'phone',
      ...opt(reference, rest.slice(reference ? 1 : 0).join(' ')),
    };
  }
  const word = words[0] ?? '';
  if (!looksLikeReference(word)) return { type: 'unknown', word };
  return { type: 'form', ...opt(word, words.slice(1).join(' ')) };
}
