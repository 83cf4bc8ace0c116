/**
 * A practice run as a Discord message (issue 22): the latest lines of the transcript (2,000 characters
 * at most), the moves as buttons (`hx:<code>:<token>`, the run so far), then the debrief.
 */
import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  ButtonStyle,
  ComponentType,
} from 'discord-api-types/v10';
import type { PracticeView } from '../../../src/app/practice.ts';
import {
  debriefLines,
  type Locale,
  MOVE_IDS,
  MOVES,
  type Move,
  practiceTitle,
  text,
  transcriptLines,
} from '../../../src/engine/index.ts';

type Row = APIActionRowComponent<APIButtonComponentWithCustomId>;
const MAX_CONTENT = 2000;
const MAX_LABEL = 80;

export type PracticeButton = { readonly move: Move; readonly token: string } | { readonly again: string };

/** Parses a practice button id; null for anything else. */
export function parsePracticeButton(customId: string): PracticeButton | null {
  const again = /^hx:again:([a-z_]{1,30})$/.exec(customId);
  if (again) return { again: again[1] ?? '' };
  const m = /^hx:([a-z]):(\S{1,90})$/.exec(customId);
  const move = MOVE_IDS.find((x) => MOVES[x] === m?.[1]);
  return m && move ? { move, token: m[2] ?? '' } : null;
}

const button = (
  custom_id: string,
  label: string,
  style: ButtonStyle.Primary | ButtonStyle.Secondary = ButtonStyle.Secondary,
): APIButtonComponentWithCustomId => ({
  type: ComponentType.Button,
  custom_id,
  label: label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label,
  style,
});

/** The title, then as many of the last lines as fit (Discord's 2,000 characters), earlier ones elided. */
function withinLimit(title: string, lines: readonly string[], tail: readonly string[] = []): string {
  const kept: string[] = [];
  let size = title.length + tail.join('\n').length + 8;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (size + line.length + 1 > MAX_CONTENT) {
      kept.unshift('…');
      break;
    }
    kept.unshift(line);
    size += line.length + 1;
  }
  return [`**${title}**`, ...kept, ...(tail.length ? ['', ...tail] : [])].join('\n').slice(0, MAX_CONTENT);
}

export function practiceMessage(v: PracticeView, locale: Locale): { content: string; components: Row[] } {
  const title = practiceTitle(v.scenario, locale);
  const lines = transcriptLines(v.run, v.would, locale);
  if (v.debrief !== null) {
    const tail = [...debriefLines(v.debrief, v.run, locale), text(locale, 'practice.saved')];
    return {
      content: withinLimit(title, lines, tail),
      components: [
        {
          type: ComponentType.ActionRow,
          components: [button(`hx:again:${v.scenario.kind}`, text(locale, 'practice.chat.again'), ButtonStyle.Primary)],
        },
      ],
    };
  }
  const buttons = MOVE_IDS.map((m) => button(`hx:${MOVES[m]}:${v.token}`, text(locale, `practice.move.${m}`)));
  const components: Row[] = [];
  for (let i = 0; i < buttons.length; i += 5)
    components.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + 5) });
  return { content: withinLimit(title, lines, [text(locale, 'practice.pick_move')]), components };
}
