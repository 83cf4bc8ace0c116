/**
 * The Slack adapter: one Bolt app (HTTP on PORT at /slack/events, or Socket Mode when an app token
 * is given), the listeners, one global error handler, and the delivery for surface `slack`.
 */

import type { Server } from 'node:http';
import { App } from '@slack/bolt';
import { MembershipCache } from '../../src/app/membership-cache.ts';
import type { Adapter, AppServices } from '../../src/app/services.ts';
import { text } from '../../src/engine/index.ts';
import { boltLogger } from './bolt-logger.ts';
import { SlackCareDelivery } from './care/delivery.ts';
import { SlackDelivery } from './delivery.ts';
import { agentIdOf, type SlackDeps, SURFACE } from './deps.ts';
import { errorHandler } from './errors.ts';
import { ChannelEscalation } from './escalation.ts';
import { GuestCache, refuseGuests, slackGuestLookup } from './guests.ts';
import { slackHomePublisher } from './home.ts';
import {
  boundPort,
  closeServer,
  EVENTS_PATH,
  holdlineReceiver,
  listen,
  type OtherRoutes,
  slackRequestListener,
} from './http-server.ts';
import { registerCareListeners } from './listeners/care.ts';
import { registerListeners } from './listeners/index.ts';
import { LocaleCache } from './locale.ts';
import { SlackPages } from './pages.ts';

/** Default longest wait for one Web API call (docs/paging.md). */
export const SLACK_CALL_TIMEOUT_MS = 10_000;

export interface SlackOptions {
  readonly botToken: string;
  /** HTTP mode (required unless appToken is set). */
  readonly signingSecret?: string | undefined;
  /** Socket Mode when set (xapp-…). */
  readonly appToken?: string | undefined;
  readonly port?: number;
  readonly host?: string;
  /** Web API base URL (SLACK_API_URL), e.g. a fake in tests. */
  readonly apiUrl?: string | undefined;
  /** SLACK_ALLOWED_TEAMS: team / enterprise ids answered; empty or absent: any. */
  readonly allowedTeams?: readonly string[];
  /** SLACK_ALLOW_GUESTS: guest accounts may use Holdline (default: refused, adapters/slack/guests.ts). */
  readonly allowGuests?: boolean;
  /** Where threat reports go when the team file names no security/legal recipients (SLACK_ESCALATION_CHANNEL). */
  readonly escalationChannel?: string | undefined;
  /** WebClient retries for one call. Few by default: the outbox owns long-term retries. */
  readonly retryConfig?: { retries: number; factor?: number; minTimeout?: number; maxTimeout?: number };
  /** Longest wait for one Web API call before it counts as failed (default 10 s; the library's own is none). */
  readonly callTimeoutMs?: number;
  /** Pace of the breathing exercise: 1 is real time (default); 0 shows the steps without waiting (tests). */
  readonly breathingPace?: number;
  /** HTTP mode: other routes served on the same port first (the ops listener when OPS_PORT equals PORT). */
  readonly otherRoutes?: OtherRoutes;
}

export interface SlackAdapter extends Adapter {
  readonly app: App;
  /** The HTTP endpoint (`http://host:port/slack/events`); null in Socket Mode. */
  readonly url: string | null;
}

/** Socket Mode's connection (Bolt keeps its receiver private; read defensively). */
function socketConnected(app: App): boolean {
  const receiver = (app as unknown as { receiver?: { client?: { websocket?: { isActive(): boolean } } } }).receiver;
  return receiver?.client?.websocket?.isActive() === true;
}

export async function startSlack(services: AppServices, opts: SlackOptions): Promise<SlackAdapter> {
  const socketMode = Boolean(opts.appToken);
  if (!socketMode && !opts.signingSecret) throw new Error('Slack HTTP mode needs a signing secret');
  // HTTP mode: our own receiver, so that our server (http-server.ts) answers every request.
  const receiver = socketMode ? undefined : holdlineReceiver(opts.signingSecret ?? '', services.log);
  const app = new App({
    token: opts.botToken,
    ...(opts.appToken || receiver === undefined ? { appToken: opts.appToken ?? '', socketMode: true } : { receiver }),
    logger: boltLogger(services.log),
    extendedErrorHandler: true,
    clientOptions: {
      ...(opts.apiUrl ? { slackApiUrl: opts.apiUrl } : {}),
      retryConfig: opts.retryConfig ?? { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2000 },
      // A stalled call must not hold a page (or the runner's tick) for minutes.
      timeout: opts.callTimeoutMs ?? SLACK_CALL_TIMEOUT_MS,
      // A 429 throws at once with retryAfter; the outbox reschedules (DeliveryError.retryAfterMs),
      // instead of the WebClient pausing every call of this process for Retry-After seconds.
      rejectRateLimitedCalls: true,
    },
  });
  // A person's own choice (/language) first, then their Slack locale, then the team default.
  const locales = new LocaleCache(app.client, services.log, Date.now, (user, tag) =>
    services.agents.localeFor(agentIdOf(user), tag),
  );
  // Who is in a user group named on a policy level (page buttons), asked at click time, cached briefly.
  const groups = new MembershipCache(async (group) => {
    const id = group.slice('slack:subteam:'.length);
    return (await app.client.usergroups.users.list({ usergroup: id })).users ?? [];
  });
  const deps: SlackDeps = { services, client: app.client, locales, groups };
  // Before any listener: a request from a workspace or organisation not on SLACK_ALLOWED_TEAMS is answered
  // with one sentence (commands) or acknowledged and dropped (everything else); nothing is stored.
  const allowed = opts.allowedTeams ?? [];
  if (allowed.length > 0)
    app.use(async (args) => {
      const { context } = args;
      const ids = [context.teamId, context.enterpriseId].filter((v): v is string => typeof v === 'string');
      if (ids.some((id) => allowed.includes(id))) return args.next();
      services.log.warn(
        { team: context.teamId ?? null, enterprise: context.enterpriseId ?? null },
        'slack request from a workspace not allowed',
      );
      const ack = 'ack' in args ? (args.ack as (r?: unknown) => Promise<void>) : undefined;
      if (ack === undefined) return;
      const sentence = text(services.agents.teamLocale(), 'slack.workspace_not_allowed');
      await ack('command' in args ? { response_type: 'ephemeral', text: sentence } : undefined);
    });
  if (opts.allowGuests !== true) app.use(refuseGuests(deps, new GuestCache(slackGuestLookup(app.client, locales))));
  registerListeners(app, deps);
  registerCareListeners(app, deps, { pace: opts.breathingPace ?? 1 });
  app.error(errorHandler(deps));
  services.registerDelivery(
    SURFACE,
    new SlackDelivery({
      client: app.client,
      sessions: services.sessions,
      clock: services.clock,
      statements: services.statements?.available === true,
      escalation: new ChannelEscalation(app.client, opts.escalationChannel, services.log, () =>
        services.agents.teamLocale(),
      ),
      pages: new SlackPages(app.client, services.log, {
        personLocale: (user) => locales.of(user),
        teamLocale: () => services.agents.teamLocale(),
      }),
    }),
  );
  services.registerCareDelivery(
    SURFACE,
    new SlackCareDelivery({
      client: app.client,
      log: services.log,
      locales: deps.locales,
      localeFor: (person, platform) => services.agents.localeFor(person, platform),
      teamLocale: () => services.agents.teamLocale(),
    }),
  );

  // Supervisors' App Home boards follow their team's changes (throttled by the app).
  services.registerHomePublisher(SURFACE, slackHomePublisher(deps));

  let url: string | null = null;
  let server: Server | null = null;
  if (socketMode || receiver === undefined) await app.start();
  else {
    const listener = slackRequestListener({
      receiver,
      signingSecret: opts.signingSecret ?? '',
      log: services.log,
      other: opts.otherRoutes,
    });
    server = await listen(listener, opts.port ?? 3000, opts.host ?? '0.0.0.0');
    url = `http://${opts.host ?? '127.0.0.1'}:${boundPort(server)}${EVENTS_PATH}`;
  }
  services.log.info({ mode: socketMode ? 'socket' : 'http', url }, 'slack adapter started');
  const http = server;
  return {
    app,
    url,
    health: () =>
      http
        ? { ok: http.listening, detail: http.listening ? 'http: listening' : 'http: not listening' }
        : socketConnected(app)
          ? { ok: true, detail: 'socket mode: connected' }
          : { ok: false, detail: 'socket mode: not connected' },
    stop: () => (http ? closeServer(http) : app.stop().then(() => undefined)),
  };
}
