/**
 * The terminal in another language, end to end: HOLDLINE_LOCALE=ms runs a whole session in Malay;
 * `lang nb` switches to Norwegian, is stored, and is used (with times in HOLDLINE_TIMEZONE) on the next start.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.ts';
import { runHoldline } from '../helpers/holdline-process.ts';

// Spawning tsx twice and creating a database takes a while on a busy machine.
const SLOW = 180_000;

describe('terminal adapter in other languages, end to end', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'holdline-i18n-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'runs a full vulgarity call in Malay with HOLDLINE_LOCALE=ms',
    async () => {
      // Enter (start), 1 = vulgarity, 1 = phone, a customer reference, then the boundary ladder.
      const input = ['', '1', '+60 12 345 6789', '', '1', '2', '2', '2', '2', '1', 'q'].join('\n');
      const run = await runHoldline(dir, `${input}\n`, { HOLDLINE_LOCALE: 'ms' });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Holdline, di terminal. Ejen: console:amira.');
      expect(run.stdout).toContain('Apakah yang dilakukan oleh pelanggan?');
      expect(run.stdout).toContain('» Biarkan mereka meluahkan perasaan dahulu');
      expect(run.stdout).toContain('Silakan teruskan, Tuan/Puan. Saya sedang mendengar.');
      expect(run.stdout).toContain('» Tetapkan batas dengan sopan tetapi tegas');
      expect(run.stdout).toContain('Ini amaran ke-1.');
      expect(run.stdout).toContain('» Ayat jalan terakhir');
      expect(run.stdout).toContain('Pelanggan telah ditanda (bahasa kesat)');
      expect(run.stdout).toContain('Sesi ditutup: Ditamatkan selepas amaran.');
      expect(run.stdout).toContain('tarik nafas perlahan-lahan tiga kali');
      expect(run.stdout).toContain('Selamat tinggal.');
      // Nothing fell back to English on the way.
      for (const english of ['Let them vent first', 'You could say', 'Customer getting worse', 'Hostility', 'Goodbye'])
        expect(run.stdout).not.toContain(english);

      const store = await openStore({ kind: 'pglite', dataDir: dir });
      try {
        const [session] = await store.recentSessions('console:amira', 5);
        expect(session?.locale).toBe('ms');
        expect(session?.outcome).toBe('ended_after_warning');
      } finally {
        await store.close();
      }
    },
    SLOW,
  );

  it(
    '`lang nb` switches to Norwegian, is stored, and times show in HOLDLINE_TIMEZONE',
    async () => {
      const env = { HOLDLINE_LOCALE: 'en', HOLDLINE_TIMEZONE: 'Europe/Oslo' };
      // An unknown language is explained; then Norwegian; then a session starts and the program quits.
      const first = await runHoldline(dir, ['lang xx', 'lang nb', '', '2', '', '', '6', 'q'].join('\n'), env);
      expect(first.code).toBe(0);
      expect(first.stdout).toContain('There is no language "xx" here. Choose one of: en, ms, id, nb, tl.');
      expect(first.stdout).toContain('Språket er satt til Norsk bokmål.');
      expect(first.stdout).toContain('» La dem få ut frustrasjonen først');
      expect(first.stdout).toContain('Den åpne økten din er tatt vare på');

      const second = await runHoldline(dir, 'q\n', env);
      expect(second.code).toBe(0);
      expect(second.stdout).toContain('Holdline i terminalen.');
      // Today's date in Oslo, in Norwegian format, with the zone (CET or CEST).
      expect(second.stdout).toMatch(/Du har en åpen økt fra \d{1,2}\. \p{L}+\.? \d{4}, \d\d:\d\d CES?T\./u);
    },
    SLOW,
  );
});
