/**
 * Baseline: a bare discord.js Client that replies at once, driven through the fake Discord.
 * The Holdline bot will be measured with the same harness and printed next to these numbers.
 *   npx tsx bench/discord-bare.ts [count]
 */
import { Events } from 'discord.js';
import { connectClient } from '../tests/fakes/discord/client.ts';
import { startFakeDiscord } from '../tests/fakes/discord/index.ts';
import { measureDispatchToCallback } from './lib/discord-load.ts';
import { ms } from './lib/stats.ts';

const count = Number(process.argv[2] ?? 2_000);
const fake = await startFakeDiscord();
const client = await connectClient(fake);
client.on(Events.InteractionCreate, (interaction) => {
  if (interaction.isRepliable()) void interaction.reply({ content: 'ok' });
});

try {
  for (const concurrency of [1, 16]) {
    const r = await measureDispatchToCallback(fake, { count, concurrency, warmup: 200 });
    console.log(
      `discord bare  c=${String(concurrency).padStart(2)}  n=${r.count}  p50 ${ms(r.p50)}  p90 ${ms(r.p90)}  p99 ${ms(r.p99)}  max ${ms(r.max)}  ${r.perSecond.toFixed(0)}/s  lost ${r.lost}`,
    );
  }
  console.log(`rss after run: ${(process.memoryUsage().rss / 2 ** 20).toFixed(1)} MiB (fake + client in one process)`);
} finally {
  await client.destroy();
  await fake.close();
}
