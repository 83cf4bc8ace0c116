/**
 * PGlite runs every statement synchronously on this thread, and its promises settle without any
 * I/O. A transaction followed by the runner's tick (claim timers, claim effects, read the session …)
 * therefore ran as one unbroken chain of microtasks, 20–25 statements long, during which no socket
 * was read: a Discord INTERACTION_CREATE arriving meanwhile waited for the whole chain before its
 * acknowledgement could even be sent (measured: 84–118 PGlite calls inside single 40–400 ms event
 * loop stalls; see docs/discord.md). PostgreSQL needs none of this: its queries are real I/O.
 *
 * So statements take turns: each waits for the previous one's turn, then for the event loop's next
 * check phase (after the poll phase has handled pending I/O). At most one statement runs per
 * event-loop iteration, however many requests are using the store at once, and network I/O
 * (gateway frames, HTTP requests and responses) is served between any two statements.
 */
import type { PGlite, Transaction } from '@electric-sql/pglite';

type Turn = () => Promise<void>;

/** One turn per statement, first come first served, each on its own event-loop iteration. */
export function statementTurns(): Turn {
  let last: Promise<void> = Promise.resolve();
  return () => {
    const mine = last.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
    last = mine;
    return mine;
  };
}

function yieldingTransaction(tx: Transaction, turn: Turn): Transaction {
  return {
    query: async (query, params, options) => {
      await turn();
      return tx.query(query, params, options);
    },
    sql: async (strings, ...params) => {
      await turn();
      return tx.sql(strings, ...params);
    },
    exec: async (query, options) => {
      await turn();
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
 * transaction) first wait for their turn. Everything else is the client itself.
 */
export function yieldingPglite(client: PGlite): PGlite {
  const turn = statementTurns();
  const query: PGlite['query'] = async (q, params, options) => {
    await turn();
    return client.query(q, params, options);
  };
  const exec: PGlite['exec'] = async (q, options) => {
    await turn();
    return client.exec(q, options);
  };
  const transaction: PGlite['transaction'] = async (callback) => {
    await turn();
    return client.transaction((tx) => callback(yieldingTransaction(tx, turn)));
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
