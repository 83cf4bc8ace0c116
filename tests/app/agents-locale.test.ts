/** An agent's own language choice is stored, and the language for a person is resolved in order. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AgentService } from '../../src/app/agents.ts';
import type { DrizzleStore } from '../../src/store/drizzle-store.ts';
import { backends, ManualClock, MemoryLog } from '../helpers/store.ts';

const defaultLimits = { minutes: 20, hostility: 4, complexity: 3 };

describe.each(backends)('agent language on $name', (backend) => {
  let store: DrizzleStore;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await store.close();
  });
  const service = (defaultLocale?: 'ms' | 'nb') =>
    new AgentService({
      store,
      clock: new ManualClock(),
      log: new MemoryLog(),
      defaultLimits,
      ...(defaultLocale ? { defaultLocale } : {}),
    });

  it('stores the choice, keeps the limits beside it, and can remove it', async () => {
    const agents = service('nb');
    expect(await agents.locale('slack:U1')).toEqual({ ok: true, value: null });
  });

  it('resolves own choice, then platform locale, then team default, then English', async () => {
    const team = service('nb');
    expect(await team.localeFor('slack:U2')).toBe('nb');
    expect(await team.localeFor('slack:U2', 'ms-MY')).toBe('ms');
    expect(await team.localeFor('slack:U2', 'de-DE')).toBe('nb');
    await team.setLocale('slack:U2', 'id');
    expect(await team.localeFor('slack:U2', 'ms-MY')).toBe('id');
    expect(await service().localeFor('discord:9')).toBe('en');
  });

  it('resolves a supervisor by their own settings, not the agent’s', async () => {
    const agents = service('ms');
    await agents.setLocale('slack:AGENT', 'tl');
    expect(await agents.localeFor('slack:SUPERVISOR', 'nb-NO')).toBe('nb');
  });
});
