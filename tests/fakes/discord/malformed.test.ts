import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

const fixture = fileURLToPath(new URL('./fixtures/malformed-interaction.ts', import.meta.url));

function runFixture(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', fixture, ...args], { timeout: 20_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({ code, stdout, stderr });
    });
  });
}

// A structurally broken INTERACTION_CREATE (no `data`, or `d: null`) makes discord.js 14.28 throw
// inside its gateway message handler. The client itself carries on, but the throw escapes as an
// unhandled promise rejection, which Node's default policy turns into a crash. Each case runs in a
// child process because vitest (rightly) fails any run with an unhandled rejection.
describe.concurrent('malformed INTERACTION_CREATE', () => {
  it('keeps the client serving when the process handles unhandled rejections', async ({ expect }) => {
    const { code, stdout } = await runFixture('--guard');
    expect(code).toBe(0);
    const result = JSON.parse(stdout.trim()) as { rejections: string[]; answered: boolean };
    expect(result.answered).toBe(true);
    expect(result.rejections).toHaveLength(2);
    expect(result.rejections[0]).toContain('TypeError');
  });

  it('kills a process that has no unhandledRejection handler (Node default)', async ({ expect }) => {
    const { code, stderr } = await runFixture();
    expect(code).not.toBe(0);
    expect(stderr).toContain('InteractionCreate.js');
  });
});
