/** What every listener gets: the app's use cases and the bot-token messenger. */
import type { AppServices } from '../../../src/app/services.ts';
import type { DiscordMessenger } from '../dm.ts';

export interface ListenerContext {
  readonly app: AppServices;
  readonly messenger: DiscordMessenger;
  /** Waits between breathing steps (real time by default; tests pass one that resolves at once). */
  readonly pause?: ((ms: number) => Promise<void>) | undefined;
}
