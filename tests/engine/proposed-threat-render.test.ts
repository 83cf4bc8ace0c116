/**
 * A physical threat below the auto-escalation tier, as each surface shows it: the proposal comes
 * first, and the one-tap "they threatened violence" action is on the step (Slack, Discord).
 */
import { describe, expect, it } from 'vitest';
import { renderStep } from '../../adapters/discord/render/step.ts';
import { sessionMessage } from '../../adapters/slack/render/session.ts';
import { type StartInput, startSession, step, viewSession } from '../../src/engine/index.ts';

const T0 = Date.UTC(2026, 10, 23, 9, 0);
const base: StartInput = {
  id: 'sess-r',
  agentId: 'slack:U1',
  teamId: null,
  surface: 'test',
  kind: 'hostile',
  channel: 'phone',
  locale: 'en',
  limits: { minutes: 20, hostility: 4, complexity: 3 },
  customer: null,
};
const proposed = {
  kinds: [{ kind: 'physical_threat' as const, confidence: 0.6 }],
  evidence: [{ start: 0, end: 9, kind: 'physical_threat' as const }],
  autoEscalate: false,
};
const PROPOSAL = 'Possibly a physical threat in what the customer said.';

describe('a proposed physical threat on each surface', () => {
  it('Slack: the proposal is the first block after the header, beside the threat button', () => {
    const { session } = startSession({ ...base, detection: proposed }, T0);
    const msg = sessionMessage(viewSession(session, T0), 'en');
    expect(JSON.stringify(msg.blocks[1])).toContain(PROPOSAL);
    expect(JSON.stringify(msg.blocks)).toContain('hl:threat_physical');
  });

  it('Discord: the proposal opens the embed, beside the threat button', () => {
    const { session } = startSession({ ...base, detection: proposed }, T0);
    const msg = renderStep(viewSession(session, T0));
    expect(msg.embeds[0]?.description?.startsWith(`⚠ **${PROPOSAL}`)).toBe(true);
    expect(JSON.stringify(msg.components)).toContain('threat_physical');
  });

  it('neither shows it once the agent acted on it, nor for a threat that paged at once', () => {
    const { session } = startSession({ ...base, detection: proposed }, T0);
    const acted = step(session, { type: 'threat', kind: 'physical' }, T0 + 1000);
    if (!acted.ok) throw new Error(acted.error.code);
    const auto = startSession({ ...base, kind: 'physical_threat', detection: { ...proposed, autoEscalate: true } }, T0);
    for (const s of [acted.session, auto.session]) {
      expect(JSON.stringify(sessionMessage(viewSession(s, T0), 'en').blocks)).not.toContain(PROPOSAL);
      expect(renderStep(viewSession(s, T0)).embeds[0]?.description ?? '').not.toContain(PROPOSAL);
    }
  });
});
