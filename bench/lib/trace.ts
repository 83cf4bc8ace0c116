/**
 * Bench-only tracing for an app process (bench/slack-ack.ts --trace): per-request server times
 * (request start → response finish, from node:http's diagnostics channels), outbound HTTP calls,
 * event-loop stalls (a 2 ms interval timer that records how late it fired), GC pauses, and
 * whatever spans the app script records (runner ticks, store calls). Written as JSON on exit so
 * slow acks can be matched with what ran just before them. Nothing here is loaded by src/.
 */
import { subscribe } from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { PerformanceObserver, performance } from 'node:perf_hooks';

export interface Span {
  kind: string;
  start: number;
  end: number;
  detail?: string;
}

export interface Trace {
  span(kind: string, start: number, end: number, detail?: string): void;
  /** Wraps every method of obj so each call is a span of `kind` (detail: the method name). */
  wrapMethods<T extends object>(obj: T, kind: string): T;
  write(): void;
}

export function startTrace(file: string): Trace {
  const spans: Span[] = [];
  const span = (kind: string, start: number, end: number, detail?: string) => {
    spans.push(detail === undefined ? { kind, start, end } : { kind, start, end, detail });
  };
  const reqStart = new WeakMap<object, number>();
  subscribe('http.server.request.start', (m) => {
    reqStart.set((m as { request: object }).request, performance.now());
  });
  subscribe('http.server.response.finish', (m) => {
    const { request } = m as { request: IncomingMessage };
    const s = reqStart.get(request);
    if (s !== undefined) span('server', s, performance.now(), request.url);
  });
  // The Web API client uses fetch (undici): its requests are on undici's channels.
  const clientStart = new WeakMap<object, number>();
  subscribe('undici:request:create', (m) => {
    clientStart.set((m as { request: object }).request, performance.now());
  });
  subscribe('undici:request:trailers', (m) => {
    const { request } = m as { request: { path?: string } };
    const s = clientStart.get(request);
    if (s !== undefined) span('client', s, performance.now(), request.path);
  });
  // New connections: accepted by this process's servers, and opened by its fetch (undici).
  subscribe('net.server.socket', () => span('accept', performance.now(), performance.now()));
  const connecting = new WeakMap<object, number>();
  subscribe('undici:client:beforeConnect', (m) => {
    connecting.set((m as { connectParams: object }).connectParams, performance.now());
  });
  subscribe('undici:client:connected', (m) => {
    const s = connecting.get((m as { connectParams: object }).connectParams);
    span('connect', s ?? performance.now(), performance.now());
  });
  const gc = new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      span(
        'gc',
        e.startTime,
        e.startTime + e.duration,
        String((e as { detail?: { kind?: number } }).detail?.kind ?? ''),
      );
  });
  gc.observe({ entryTypes: ['gc'] });
  const TICK = 2;
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    if (now - last > TICK + 3) span('stall', last + TICK, now);
    last = now;
  }, TICK).unref();

  const wrapMethods = <T extends object>(obj: T, kind: string): T =>
    new Proxy(obj, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (typeof value !== 'function' || typeof prop !== 'string') return value;
        return (...args: unknown[]) => {
          const s = performance.now();
          const r = (value as (...a: unknown[]) => unknown).apply(target, args);
          if (r instanceof Promise) {
            return r.finally(() => span(kind, s, performance.now(), prop));
          }
          span(kind, s, performance.now(), prop);
          return r;
        };
      },
    });

  const write = () => writeFileSync(file, JSON.stringify({ origin: performance.timeOrigin, spans }));
  return { span, wrapMethods, write };
}
