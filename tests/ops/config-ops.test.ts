/** The production keys in src/config.ts, and the logger without pino-pretty (a production install). */
import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';

it('PORT=0 is allowed; OPS_PORT is a port, 0 or off; timeouts have defaults', () => {
  expect(loadConfig({ PORT: '0' }).PORT).toBe(0);
  expect(loadConfig({}).OPS_PORT).toBeUndefined();
  expect(loadConfig({ OPS_PORT: 'off' }).OPS_PORT).toBe('off');
  expect(loadConfig({ OPS_PORT: '0' }).OPS_PORT).toBe(0);
  expect(loadConfig({ OPS_PORT: '9464' }).OPS_PORT).toBe(9464);
  expect(() => loadConfig({ OPS_PORT: 'metrics' })).toThrow(ConfigError);
  expect(() => loadConfig({ OPS_PORT: '70000' })).toThrow('OPS_PORT');
  expect(loadConfig({})).toMatchObject({
    OPS_HOST: '0.0.0.0',
    OPS_RUNNER_STALE_SECONDS: 60,
    DATABASE_CONNECT_TIMEOUT_MS: 5_000,
    DATABASE_STATEMENT_TIMEOUT_MS: 15_000,
    DATABASE_IDLE_TX_TIMEOUT_MS: 30_000,
  });
});

it('LOG_FORMAT=pretty without pino-pretty installed logs JSON instead of failing', () => {
  const log = createLogger({ level: 'info', format: 'pretty', prettyInstalled: () => false });
  expect(() => log.info({ a: 1 }, 'still logging')).not.toThrow();
  let written = '';
  const sink = new Writable({
    write(chunk, _enc, done) {
      written += String(chunk);
      done();
    },
  });
  createLogger({ level: 'info', format: 'auto', env: 'production', destination: sink }).info({}, 'json line');
  expect(JSON.parse(written)).toMatchObject({ msg: 'json line' });
});
