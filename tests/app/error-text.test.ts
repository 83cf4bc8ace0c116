/** Error sentences, detail included, read in the person's language. */
import { describe, expect, it } from 'vitest';
import { errorText } from '../../src/app/errors.ts';
import { startSession, step } from '../../src/engine/index.ts';

const session = startSession(
  {
    id: 's1',
    agentId: 'a1',
    teamId: null,
    surface: 'test',
    kind: 'insult',
    channel: 'phone',
    locale: 'ms',
    limits: { minutes: 20, hostility: 4, complexity: 3 },
    customer: null,
  },
  0,
).session;

describe('errorText', () => {
  it('translates the engine detail with the sentence', () => {
    const r = step(session, { type: 'complexity', value: 9 }, 1000);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(errorText('en', r.error)).toBe('That value is out of range. Complexity is 1 to 5.');
    expect(errorText('ms', r.error)).toBe('Nilai itu di luar julat. Kerumitan ialah dari 1 hingga 5.');
    expect(errorText('nb', r.error)).toBe('Den verdien er utenfor gyldig område. Kompleksitet går fra 1 til 5.');
  });

  it('explains a refused outcome in the person’s language', () => {
    const r = step(session, { type: 'close', outcome: 'ignored_written' }, 1000);
    if (r.ok) throw new Error('a phone call cannot leave abuse unanswered');
    expect(errorText('id', r.error)).toBe(
      'Hasil itu tidak sesuai untuk sesi ini: kata-kata kotor hanya boleh tidak ditanggapi pada saluran tertulis.',
    );
  });

  it('keeps app parameters and leaves an id detail out of sentences that do not use it', () => {
    expect(errorText('tl', { code: 'text_too_long', params: { length: 400, max: 320 } })).toBe(
      'Masyadong mahaba ang teksto (400 character; 320 ang pinakamarami). Paikliin ito.',
    );
    expect(errorText('ms', { code: 'stale', detail: 'sess-1' })).not.toContain('sess-1');
  });
});
