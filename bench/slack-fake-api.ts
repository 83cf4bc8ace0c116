/**
 * The fake Slack Web API in its own process for bench/slack-ack.ts, so the Web API's server side
 * (views.open, users.info answers) does not share Holdline's event loop: in production Slack
 * answers those calls, not Holdline.
 *
 *   node --import tsx bench/slack-fake-api.ts
 */
import { startFakeSlackApi } from '../tests/fakes/slack/fake-web-api.ts';
import { announceReady } from './lib/slack-load.ts';

const api = await startFakeSlackApi();
// The fake records every call; in a long bench run drop them so memory stays flat.
setInterval(() => api.reset(), 1000).unref();
announceReady(api.apiUrl, () => api.close());
