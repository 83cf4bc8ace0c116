/** Test helpers: typed payloads for Holdline's commands and reading buttons back from what the bot sent. */
import {
  type APIApplicationCommandInteractionDataOption,
  type APIMessage,
  type APIUser,
  ApplicationCommandOptionType,
  type Locale,
} from 'discord-api-types/v10';
import {
  buttonInteraction,
  chatInputInteraction,
  messageObject,
  type RecordedRequest,
} from '../fakes/discord/index.ts';
import type { Harness } from './harness.ts';

export function complaint(
  user: APIUser,
  values: { kind: string; customer?: string; channel: string; said?: string },
  extra: { id?: string; locale?: Locale } = {},
  /** `null`: typed in the bot's DM (no guild). */
  guildId?: string | null,
) {
  const options: APIApplicationCommandInteractionDataOption[] = Object.entries(values).map(([name, value]) => ({
    name,
    type: ApplicationCommandOptionType.String,
    value,
  }));
  return chatInputInteraction({
    name: 'complaint',
    user,
    options,
    ...extra,
    ...(guildId !== undefined ? { guildId } : {}),
  });
}

interface Body {
  data?: { components?: { components?: { custom_id?: string; label?: string }[] }[]; content?: string };
  components?: { components?: { custom_id?: string; label?: string }[] }[];
  content?: string;
  embeds?: { title?: string; description?: string; author?: { name?: string } }[];
}

export const bodyOf = (r: RecordedRequest): Body => r.body as Body;

/** Every button custom id in a message body or an interaction-callback body. */
export function customIds(r: RecordedRequest): string[] {
  const b = bodyOf(r);
  const rows = b.data?.components ?? b.components ?? [];
  return rows.flatMap((row) => (row.components ?? []).map((c) => c.custom_id ?? ''));
}

export const findId = (ids: string[], prefix: string, arg: string): string => {
  const id = ids.find((x) => x.startsWith(prefix) && x.endsWith(`:${arg}`));
  if (id === undefined) throw new Error(`no button ${prefix}…:${arg} in ${ids.join(', ')}`);
  return id;
};

/** The step message in the agent's DM, as the adapter recorded it (SessionService surface ref). */
export async function dmMessage(h: Harness, sessionId: string): Promise<APIMessage> {
  const ref = (await h.app.sessions.surfaceRef(sessionId)) as { channelId: string; messageId: string } | null;
  if (ref === null) throw new Error(`session ${sessionId} has no step message yet`);
  return messageObject({ channelId: ref.channelId, author: h.fake.botUser, id: ref.messageId });
}

/** Clicks a button on a DM message, as the agent would. */
export function click(h: Harness, user: APIUser, message: APIMessage, customId: string, id?: string) {
  return h.interact(
    buttonInteraction({ user, guildId: null, channelId: message.channel_id, customId, message, ...(id ? { id } : {}) }),
  );
}
