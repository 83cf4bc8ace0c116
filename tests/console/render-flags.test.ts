import { describe, expect, it } from 'vitest';
import { renderView } from '../../adapters/console/render.ts';
import { startSession, viewSession } from '../../src/engine/index.ts';

const T0 = Date.UTC(2026, 10, 23, 9, 0);
const input = {
  id: 's',
  agentId: 'console:amira',
  teamId: null,
  surface: 'console',
  kind: 'hostile',
  channel: 'phone',
  locale: 'en',
  limits: { minutes: 20, hostility: 4, complexity: 3 },
  customer: { key: 'k', hint: '…4567' },
  priorFlags: { total: 1, kinds: [{ kind: 'vulgarity', count: 1, lastAt: T0, lastTeamId: 'billing' }] },
} as const;

describe('terminal rendering of flags', () => {
  it('shows prior flags above the first step and offers f) to flag', () => {
    const out = renderView(viewSession(startSession(input, T0).session, T0), 'en');
    expect(out).toContain('⚑ Heads up: earlier flags on this customer (1 in all)');
    expect(out).toContain('f) Flag the customer');
  });

  it('offers no flag action without a customer', () => {
    const out = renderView(viewSession(startSession({ ...input, customer: null }, T0).session, T0), 'en');
    expect(out).not.toContain('f) ');
  });
});
