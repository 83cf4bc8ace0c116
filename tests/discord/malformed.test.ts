import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const fixture = fileURLToPath(new URL('./fixtures/malformed.ts', import.meta.url));

it('answers an INTERACTION_CREATE without data with a sentence, and keeps serving', async () => {
  const stdout = await new Promise<string>((resolve, reject) =>
    execFile(process.execPath, ['--import', 'tsx', fixture], { timeout: 60_000 }, (error, out) =>
      error === null ? resolve(out) : reject(error),
    ),
  );
  const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
    answer: { type: number; data: { content: string; flags: number } } | null;
    helpAnswered: boolean;
    rejections: number;
  };
  expect(result.answer).toEqual({
    type: 4,
    data: { content: 'That request arrived incomplete, so nothing was done. Please try again.', flags: 64 },
  });
  expect(result.helpAnswered).toBe(true);
  expect(result.rejections).toBe(1); // discord.js's own throw, which main.ts logs instead of crashing
}, 90_000);
