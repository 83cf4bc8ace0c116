export { type FakeDiscord, type FakeDiscordOptions, type RecordedRequest, startFakeDiscord } from './fake-discord.ts';
export type { Fault, RouteMatcher } from './faults.ts';
export type { FakeGateway } from './gateway.ts';
export { FAKE_APPLICATION_ID, FAKE_BOT_USER_ID, FAKE_CHANNEL_ID, FAKE_GUILD_ID, FAKE_TOKEN } from './ids.ts';
export {
  type ButtonInput,
  buttonInteraction,
  type ChatInputInput,
  chatInputInteraction,
  type InteractionContextInput,
  type ModalSubmitInput,
  modalSubmitInteraction,
} from './interactions.ts';
export {
  botUserObject,
  dmChannelObject,
  type FakeGuildInput,
  messageObject,
  textChannelObject,
  userObject,
} from './objects.ts';
export { snowflake } from './snowflake.ts';
