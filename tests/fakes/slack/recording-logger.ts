/**
 * A Bolt/@slack `Logger` that records lines instead of printing them, so tests stay quiet
 * and can assert on what Bolt reported (e.g. the "not acknowledged" error).
 * Note: an explicit `receiver` does not inherit the App's logger or logLevel; give it one.
 */
import { type Logger, LogLevel } from '@slack/bolt';

export interface LogLine {
  level: LogLevel;
  text: string;
}

export interface RecordingLogger extends Logger {
  readonly lines: LogLine[];
  /** Lines at `level`, joined text, for toContain-style assertions. */
  textAt(level: LogLevel): string;
}

export function recordingLogger(): RecordingLogger {
  const lines: LogLine[] = [];
  let level = LogLevel.DEBUG;
  const rec =
    (at: LogLevel) =>
    (...msg: unknown[]): void => {
      lines.push({ level: at, text: msg.map(String).join(' ') });
    };
  return {
    lines,
    textAt: (at) =>
      lines
        .filter((l) => l.level === at)
        .map((l) => l.text)
        .join('\n'),
    debug: rec(LogLevel.DEBUG),
    info: rec(LogLevel.INFO),
    warn: rec(LogLevel.WARN),
    error: rec(LogLevel.ERROR),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
