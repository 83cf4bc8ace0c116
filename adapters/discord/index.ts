/**
 * The Discord adapter: the same guided flows as the terminal, through discord.js on the gateway.
 * Listeners translate interactions into app calls; the delivery carries effects out with the bot token.
 */
import { Events, Status } from 'discord.js';
import { MembershipCache } from '../../src/app/membership-cache.ts';
import { safeError } from '../../src/app/safe-error.ts';
import type { Adapter, AppServices } from '../../src/app/services.ts';
import type { Locale } from '../../src/engine/index.ts';
import { DiscordCareDelivery } from './care-delivery.ts';
import { createDiscordClient, type DiscordClientOptions } from './client.ts';
import { DiscordDelivery } from './delivery.ts';
import { DiscordMessenger } from './dm.ts';
import { ChannelEscalation } from './escalation.ts';
import { GuildGate, guildMemberLookup } from './guild-gate.ts';
import { onRawPacket } from './listeners/malformed.ts';
import { interactionHandler } from './listeners/router.ts';
import { DiscordPages } from './pages.ts';

export const DISCORD_SURFACE = 'discord';

export interface DiscordOptions extends DiscordClientOptions {
  readonly token: string;
  readonly applicationId: string;
  /** Where pages and threat reports go until team escalation policies exist; unset → the agent is told. */
  readonly escalationChannelId?: string | undefined;
  /** The team default language (HOLDLINE_LOCALE): what check-in and peer channel posts are written in. */
  readonly locale?: Locale | undefined;
  /** DISCORD_ALLOWED_GUILDS: guild ids answered (and DM commands only from their members); empty: any. */
  readonly allowedGuilds?: readonly string[] | undefined;
  /** Waits between breathing steps; real time unless a test passes its own. */
  readonly pause?: ((ms: number) => Promise<void>) | undefined;
}

export interface DiscordAdapter extends Adapter {
  /** The logged-in client (tests and the benchmark read it; nothing else should). */
  readonly client: import('discord.js').Client<true>;
}

export async function startDiscord(app: AppServices, opts: DiscordOptions): Promise<DiscordAdapter> {
  const client = createDiscordClient(opts);
  const messenger = new DiscordMessenger(client);
  const escalation = new ChannelEscalation(messenger, app.log, opts.escalationChannelId, () => app.agents.teamLocale());
  app.registerDelivery(
    DISCORD_SURFACE,
    new DiscordDelivery(
      messenger,
      app.sessions,
      escalation,
      app.clock,
      // A supervisor's page in their own language (stored /language choice, else the team default).
      new DiscordPages(messenger, app.log, {
        personLocale: (person) => app.agents.localeFor(person),
        teamLocale: () => app.agents.teamLocale(),
      }),
      app.statements?.available === true,
    ),
  );
  app.registerCareDelivery(
    DISCORD_SURFACE,
    new DiscordCareDelivery({ messenger, agents: app.agents, log: app.log, teamLocale: opts.locale ?? 'en' }),
  );

  // Holders of a role named on a policy level may answer its pages: their roles, asked at click time.
  const roles = new MembershipCache((userId) => messenger.rolesOf(userId));
  const gate = new GuildGate(opts.allowedGuilds ?? [], guildMemberLookup(client));
  const handle = interactionHandler({ app, messenger, pause: opts.pause, roles, gate });
  client.on(Events.InteractionCreate, (i) => void handle(i));
  client.on(Events.Raw, onRawPacket(client, app.log));
  client.on(Events.Error, (err) => app.log.error({ err: safeError(err) }, 'discord client error'));
  client.rest.on('rateLimited', (info) =>
    app.log.warn(
      { route: info.route, retryAfterMs: info.retryAfter, global: info.global },
      'discord rate limited; waiting',
    ),
  );

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(opts.token);
    await ready;
  } catch (err) {
    await client.destroy();
    throw err;
  }
  if (client.application?.id !== opts.applicationId)
    app.log.warn(
      { configured: opts.applicationId, actual: client.application?.id },
      'DISCORD_APPLICATION_ID does not match the token',
    );
  app.log.info({ guilds: client.guilds.cache.size }, 'discord ready');
  return {
    client: client as import('discord.js').Client<true>,
    // discord.js reconnects on its own; while it does, the gateway status is not Ready (0).
    health: () =>
      client.ws.status === Status.Ready
        ? { ok: true, detail: 'gateway: ready' }
        : { ok: false, detail: `gateway: ${Status[client.ws.status] ?? client.ws.status}` },
    stop: () => client.destroy(),
  };
}
