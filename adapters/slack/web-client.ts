/** The Web API client type, through Bolt (which pins @slack/web-api) rather than a second dependency. */
import type { webApi } from '@slack/bolt';

export type WebClient = webApi.WebClient;
