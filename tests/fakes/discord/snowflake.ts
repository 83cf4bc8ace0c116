/** Discord epoch (2015-01-01T00:00:00Z) in milliseconds. */
const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/**
 * A fresh, realistic snowflake: discord.js derives `createdTimestamp` from it, so it must encode a
 * plausible time (a counter alone would decode to 2015).
 */
export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) % 4096n;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | increment).toString();
}
