/**
 * Issue 18: with SLACK_ALLOWED_TEAMS set, a request from any other workspace is answered with one sentence
 * and nothing is stored; a request from an allowed workspace works as before.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { text } from '../../src/engine/index.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { backends } from '../helpers/store.ts';
import { AGENT, type Harness, startHarness, until } from './harness.ts';

describe('Slack workspace allowlist (issue 18)', () => {
  let store: DrizzleStore;
  let h: Harness;
  beforeEach(async () => {
    store = await (backends[0] as (typeof backends)[number]).open();
  });
  afterEach(async () => {
    await h?.stop();
    await store.close();
  });

  it('a command from a workspace not on the list gets one sentence and starts nothing', async () => {
    h = await startHarness(store, { allowedTeams: ['T0SOMEWHERE', 'E0ORG'] });
    const refused = await h.command('insult chat', { team_id: 'T0ELSEWHERE' });
    expect(refused.status).toBe(200);
    expect(refused.text).toContain(text('en', 'slack.workspace_not_allowed'));
    const theirs = await h.app.sessions.current(`slack:${AGENT}`);
    expect(theirs.ok && theirs.value).toBeNull();
  });

  it('an allowed workspace works as before', async () => {
    h = await startHarness(store, { allowedTeams: ['T0SOMEWHERE'] });
    await h.command('insult chat', { team_id: 'T0SOMEWHERE' });
    await until(() => h.session(), 'the session');
  });
});
