/**
 * Issue 20 in Slack, end to end (real Bolt, signed requests, fake Web API, real store): the threat
 * statement modal on a legal threat, told why when STATEMENT_KEY is missing, and the page's Report button.
 */
import type { KnownBlock } from '@slack/types';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { PolicySnapshot } from '../../src/engine/index.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import type { RecordedCall } from '../fakes/slack/fake-web-api.ts';
import { blockActionPayload, interactionBody } from '../fakes/slack/sign.ts';
import { EditablePolicies } from '../helpers/app.ts';
import { backends } from '../helpers/store.ts';
import { AGENT, type Harness, startHarness, until } from './harness.ts';

const SUP = 'U0SUPER1';
const POLICY: PolicySnapshot = {
  teamId: null,
  levels: [{ supervisors: [`slack:${SUP}`], ackTimeoutMinutes: 5, repeat: 1 }],
  channels: ['slack:C0PAGES'],
  security: [],
  legal: ['slack:C0LEGAL'],
};
const WORDS = 'My lawyer will hear about you, *everyone* <!channel>';

let store: DrizzleStore;
let h: Harness;
beforeEach(async () => {
  store = await (backends[0] as (typeof backends)[number]).open();
});
afterEach(async () => {
  await h?.stop();
  await store.close();
});

type El = { action_id?: string; value?: string };
const elements = (c: RecordedCall): El[] =>
  ((c.args.blocks ?? []) as KnownBlock[]).flatMap((b) => (b.type === 'actions' ? (b.elements as El[]) : []));

async function legalThreat(opts: { statementKey?: null } = {}) {
  h = await startHarness(store, {
    policies: new EditablePolicies(POLICY),
    directory: { teamOf: () => null, isSupervisor: (p) => p === `slack:${SUP}` },
    ...opts,
  });
  await h.command('insult chat');
  await until(() => h.session(), 'the session');
  await h.tick();
  await h.click('hl:threat_legal');
  await h.tick();
  return until(async () => {
    await h.tick();
    const m = h.latestMessage();
    return JSON.stringify(m.args.blocks).includes('Legal threat') ? m : null;
  }, 'the legal-threat step');
}

it('a legal threat offers the statement modal; empty is refused on its field; saved sealed, never logged', {
  timeout: 60_000,
}, async () => {
  const step = await legalThreat();
  expect(elements(step).map((e) => e.action_id)).toContain('hls:statement');
  await h.click('hls:statement');
  const open = await h.api.waitForCall('views.open');
  const view = open.args.view as { callback_id: string; private_metadata: string; blocks: { block_id?: string }[] };
  expect(view.callback_id).toBe('hl_statement');
  expect(view.blocks.map((b) => b.block_id).filter(Boolean)).toEqual(['said', 'when', 'witnesses']);
  const values = (said: string) => ({
    said: { said: { type: 'plain_text_input', value: said } },
    when: { when: { type: 'plain_text_input', value: '10:31' } },
    witnesses: { witnesses: { type: 'plain_text_input', value: null } },
  });
  const empty = await h.submit({
    callbackId: 'hl_statement',
    privateMetadata: view.private_metadata,
    values: values(' '),
  });
  expect(JSON.parse(empty.text)).toEqual({
    response_action: 'errors',
    errors: { said: 'Nothing was saved: write what the customer said first.' },
  });
  const saved = await h.submit({
    callbackId: 'hl_statement',
    privateMetadata: view.private_metadata,
    values: values(`${WORDS}\u0007`),
  });
  expect(saved.status).toBe(200);
  await until(() => h.texts().find((t) => t.startsWith('Saved and encrypted')), 'the confirmation');
  const session = await h.session();
  if (session === null) throw new Error('no session');
  const [opened] = await h.app.statements.openFor(session);
  expect(opened).toMatchObject({ threat: 'legal', said: WORDS, when: '10:31', witnesses: null });
  expect(JSON.stringify(h.app.log.lines)).not.toContain('lawyer');
  expect(JSON.stringify(await store.dump())).not.toContain('lawyer');
});

it('without STATEMENT_KEY the step says why, in place of the button', { timeout: 60_000 }, async () => {
  const step = await legalThreat({ statementKey: null });
  expect(elements(step).map((e) => e.action_id)).not.toContain('hls:statement');
  expect(JSON.stringify(step.args.blocks)).toContain('(STATEMENT_KEY) that has not been set');
});

it('the page’s Report button gives the supervisor the Markdown report; anyone else a refusal; the read is audited', {
  timeout: 60_000,
}, async () => {
  await legalThreat();
  await h.click('hl:supervisor', 'customer_insists');
  const page = await until(async () => {
    await h.tick();
    return h.api
      .callsTo('chat.postMessage')
      .find((c) => c.args.channel === 'C0PAGES' && elements(c).some((e) => e.action_id === 'hlp:report'));
  }, 'the page');
  const click = (user: string) => {
    const el = elements(page).find((e) => e.action_id === 'hlp:report');
    return h.post(
      interactionBody(
        blockActionPayload({
          actionId: 'hlp:report',
          channelId: 'C0PAGES',
          messageTs: String(page.response?.ts),
          userId: user,
          ...(el?.value ? { value: el.value } : {}),
        }),
      ),
    );
  };
  expect((await click(SUP)).status).toBe(200);
  const report = await h.api.waitForCall('chat.postEphemeral', (c) => c.args.user === SUP);
  const md = String(report.args.text);
  expect(md).toContain('# Incident report');
  expect(md).toContain(`| Agent | slack:${AGENT} |`);
  expect(md).toContain('changed from Insults to Legal threat');
  expect(md).toContain('The customer insists on someone senior (normal); still paging');
  expect(md).toContain('reported to legal');
  await click('U0SOMEONE');
  const refused = await h.api.waitForCall('chat.postEphemeral', (c) => c.args.user === 'U0SOMEONE');
  expect(String(refused.args.text)).toContain('Only the team’s supervisors');
  const audit = await store.auditSince(0, null, 10);
  expect(audit.map((a) => [a.action, a.actor, a.surface])).toEqual([['incident.report', `slack:${SUP}`, 'slack']]);
});
