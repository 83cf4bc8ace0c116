/** Small pure pieces of the Discord adapter: locale mapping, custom ids, command definitions. */
import { describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../adapters/discord/commands/index.ts';
import { parseStepButton, stepButtonId } from '../../adapters/discord/custom-id.ts';
import { INCIDENT_KINDS, resolveLocale } from '../../src/engine/index.ts';

describe('Discord adapter pieces', () => {
  it('maps Discord locales to Holdline locales (through the engine’s one resolver, person-locale.ts)', () => {
    const cases: [string | null, string][] = [
      ['no', 'nb'],
      ['nb', 'nb'],
      ['id', 'id'],
      ['ms', 'ms'],
      ['tl', 'tl'],
      ['fil', 'tl'],
      ['en-US', 'en'],
      ['en-GB', 'en'],
      ['de', 'en'],
      ['', 'en'],
      [null, 'en'],
    ];
    for (const [discord, holdline] of cases) expect([discord, resolveLocale([discord])]).toEqual([discord, holdline]);
  });

  it('round-trips step button ids within Discord’s 100 characters and rejects others', () => {
    const id = stepButtonId('c', '123e4567-e89b-12d3-a456-426614174000', 12, 'keeps_insulting');
    expect(id.length).toBeLessThanOrEqual(100);
    expect(parseStepButton(id)).toEqual({
      op: 'c',
      sessionId: '123e4567-e89b-12d3-a456-426614174000',
      version: 12,
      arg: 'keeps_insulting',
    });
    expect(parseStepButton(stepButtonId('f', 's-1', 3, '24'))).toEqual({
      op: 'f',
      sessionId: 's-1',
      version: 3,
      arg: '24',
    });
    for (const bad of [
      '',
      'hl:',
      'hl:c:s:x:a',
      'hl:q:s:1:a',
      'xx:c:s:1:a',
      'hl:c:s:1:a:b',
      `hl:c:${'s'.repeat(80)}:1:a`,
    ])
      expect(parseStepButton(bad)).toBeNull();
  });

  it('defines /complaint with the six kinds and five channels, /limits and /holdline help', () => {
    expect(commandDefinitions.map((c) => c.name)).toEqual([
      'complaint',
      'limits',
      'holdline',
      'checkin',
      'flag',
      'language',
      'practice',
    ]);
    // Discord refuses a description over 100 characters (and the whole registration with it).
    const descriptions = JSON.stringify(commandDefinitions).match(/"description":"[^"]*"/g) ?? [];
    for (const d of descriptions) expect(d.length - '"description":""'.length).toBeLessThanOrEqual(100);
    const complaint = commandDefinitions[0];
    const kind = complaint?.options?.find((o) => o.name === 'kind') as { choices?: { value: string }[] } | undefined;
    expect(kind?.choices?.map((c) => c.value)).toEqual([...INCIDENT_KINDS]);
    const channel = complaint?.options?.find((o) => o.name === 'channel') as
      | { choices?: { value: string }[] }
      | undefined;
    expect(channel?.choices?.map((c) => c.value)).toEqual([
      'phone',
      'chat',
      'email',
      'letter',
      'in_person',
      'sms',
      'social',
    ]);
    for (const c of commandDefinitions) {
      expect(c.description.length).toBeLessThanOrEqual(100);
      for (const o of c.options ?? []) expect(o.description.length).toBeLessThanOrEqual(100);
    }
  });
});
