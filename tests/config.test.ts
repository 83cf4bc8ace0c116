import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, ConfigSchema, loadConfig } from '../src/config.ts';
import { maskReference, normaliseReference } from '../src/privacy/customer-ref.ts';

const root = join(import.meta.dirname, '..');

describe('configuration', () => {
  it('gives working defaults for the terminal on the embedded database', () => {
    const c = loadConfig({ HOLDLINE_AGENT: 'amira' });
    expect(c).toMatchObject({
      DATA_DIR: './data',
      DEFAULT_LIMIT_MINUTES: 20,
      HOLDLINE_LOCALE: 'en',
      agentName: 'amira',
    });
    expect(c.DATABASE_URL).toBeUndefined();
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('names every bad key in one error', () => {
    try {
      loadConfig({ DEFAULT_LIMIT_HOSTILITY: '7', PORT: 'eighty', HOLDLINE_LOCALE: 'fr' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join('\n');
      expect(problems).toMatch(/DEFAULT_LIMIT_HOSTILITY/);
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/HOLDLINE_LOCALE/);
    }
  });

  it('refuses production without a pepper, and half-configured platforms', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/FLAG_PEPPER: required in production/);
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET/);
    expect(() => loadConfig({ DISCORD_TOKEN: 't' })).toThrow(/DISCORD_APPLICATION_ID/);
  });

  it('platform API URLs must be https:// unless they point at this machine', () => {
    expect(() => loadConfig({ SLACK_API_URL: 'http://proxy.example.com/api/' })).toThrow(
      /SLACK_API_URL: must be an https/,
    );
    expect(() => loadConfig({ DISCORD_API_URL: 'http://10.0.0.5/api' })).toThrow(/DISCORD_API_URL: must be an https/);
    expect(loadConfig({ SLACK_API_URL: 'https://proxy.example.com/api/' }).SLACK_API_URL).toBe(
      'https://proxy.example.com/api/',
    );
    for (const url of ['http://127.0.0.1:9/api', 'http://localhost:9/api', 'http://[::1]:9/api'])
      expect(loadConfig({ DISCORD_API_URL: url }).DISCORD_API_URL).toBe(url);
  });

  it('a default phone region is a two-letter region libphonenumber-js knows', () => {
    expect(loadConfig({ DEFAULT_PHONE_REGION: 'it' }).DEFAULT_PHONE_REGION).toBe('IT');
    expect(() => loadConfig({ DEFAULT_PHONE_REGION: 'XX' })).toThrow(/DEFAULT_PHONE_REGION/);
  });

  it('documents every key in .env.example and the README', () => {
    const keys = Object.keys(ConfigSchema.shape).sort();
    const example = readFileSync(join(root, '.env.example'), 'utf8');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const documented = [...example.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]).sort();
    expect(documented).toEqual(keys);
    expect(keys.filter((k) => !readme.includes(`\`${k}\``))).toEqual([]);
  });
});

describe('customer references', () => {
  it.each([
    ['Jane.Doe@Example.COM ', 'email', 'jane.doe@example.com', 'j***@example.com'],
    ['+47 912 34 567', 'phone', '+4791234567', '…4567'],
    ['0047 912-34-567', 'phone', '+4791234567', '…4567'],
    ['ACCT 5521', 'account', 'acct5521', '…5521'],
  ])('%s is a %s, normalised to %s, shown as %s', (raw, kind, value, hint) => {
    const n = normaliseReference(raw);
    expect(n).toEqual({ kind, value });
    expect(n && maskReference(n.kind, n.value)).toBe(hint);
  });
  it('treats blank as no reference', () => {
    expect(normaliseReference('   ')).toBeNull();
  });
});
