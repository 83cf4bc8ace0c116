/**
 * Bolt's logger interface over Holdline's logger. Debug is dropped on purpose: Bolt logs whole
 * request bodies at debug level, and those can hold what a customer said (never logged).
 */
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../src/ports.ts';

export function boltLogger(log: Logger): BoltLogger {
  const line = (msg: unknown[]) => ({
    component: 'slack',
    detail: msg.map((m) => (m instanceof Error ? m.message : String(m))).join(' '),
  });
  return {
    debug: () => undefined,
    info: (...msg) => log.info(line(msg), 'bolt'),
    warn: (...msg) => log.warn(line(msg), 'bolt'),
    error: (...msg) => log.error(line(msg), 'bolt'),
    setLevel: () => undefined,
    getLevel: () => LogLevel.INFO,
    setName: () => undefined,
  };
}
