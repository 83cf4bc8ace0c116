/**
 * PGlite runs every statement synchronously on this thread, and its promises settle without any
 * I/O. A transaction followed by the runner's tick (claim timers, claim effects, read the session …)
 * therefore ran as one unbroken chain of microtasks, 20–25 statements long, during which no socket
 * was read: a Discord INTERACTION_CREATE arriving meanwhile waited for the whole chain before its
 * acknowledgement could even be sent (measured: 84–118 PGlite calls inside single 40–400 ms event
 * loop stalls; see docs/discord.md). Yielding one macrotask before each statement lets pending I/O
 * (gateway frames, HTTP requests and responses) run between statements, so an interaction waits for
 * at most one statement. PostgreSQL needs none of this: its queries are real I/O.
 */
import type { PGlite, Transaction } from '@electric-sql/pglite';

/** Resolves on the event loop's next check phase, after the poll phase has handled pending I/O. */
export const yieldToIo = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function yieldingTransaction(tx: Transaction): Transaction {
  return {
    query: async (query, params, options) => {
      await yieldToIo();
      return tx.query(query, params, options);
    },
    sql: async (strings, ...params) => {
      await yieldToIo();
      return tx.sql(strings, ...params);
    },
    exec: async (query, options) => {
      await yieldToIo();
      return tx.exec(query, options);
    },
    rollback: () => tx.rollback(),
    listen: (channel, callback) => tx.listen(channel, callback),
    get closed() {
      return tx.closed;
    },
  };
}

/**
 * The same PGlite, for Drizzle: `query`, `exec` and `transaction` (and the statements inside a
 * transaction) first yield to the event loop. Everything else is the client itself.
 */
export function yieldingPglite(client: PGlite): PGlite {
  const query: PGlite['query'] = async (q, params, options) => {
    await yieldToIo();
    return client.query(q, params, options);
  };
  const exec: PGlite['exec'] = async (q, options) => {
    await yieldToIo();
    return client.exec(q, options);
  };
  const transaction: PGlite['transaction'] = async (callback) => {
    await yieldToIo();
    return client.transaction((tx) => callback(yieldingTransaction(tx)));
  };
  const own: Record<PropertyKey, unknown> = { query, exec, transaction };
  return new Proxy(client, {
    get(target, prop) {
      if (Object.hasOwn(own, prop)) return own[prop];
      // PGlite keeps its state in #private fields: its methods must run with the real instance as `this`.
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
