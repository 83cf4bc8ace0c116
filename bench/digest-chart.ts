/**
 * How long the digest chart takes: laying it out (digestChart), rasterising and encoding it (renderPng),
 * beside the baseline of pngjs encoding a blank picture of the same size, in one run. Run:
 * npx tsx bench/digest-chart.ts
 */
import { PNG } from 'pngjs';
import { renderPng } from '../src/charts/png.ts';
import { buildTrend, CHART_WIDTH, digestChart, type IncidentKind, type TrendWeekInput } from '../src/engine/index.ts';

const weeks: TrendWeekInput[] = Array.from({ length: 8 }, (_, i) => ({
  week: `2026-W${41 + i}`,
  kinds: (['insult', 'insult', 'vulgarity', 'hostile', 'legal_threat', 'supervisor_request'] as IncidentKind[]).slice(
    0,
    3 + (i % 4),
  ),
  pageAcks: ['a', 'b', 'c'].map((agentId, n) => ({ pagedAt: 0, acknowledgedAt: (60 + n * 30) * 1000, agentId })),
  namedCheckins: Array.from({ length: 5 }, (_, d) => ({
    day: new Date(Date.UTC(2026, 9, 5 + i * 7 + d)).toISOString().slice(0, 10),
    mood: 1 + ((i + d) % 5),
  })),
  anonymousCheckins: [{ mood: 3 }, { mood: 4 }, { mood: 2 }],
  anonymousContributors: 3,
}));
const trend = buildTrend(weeks);

function time(label: string, rounds: number, fn: () => unknown): number {
  for (let i = 0; i < 3; i++) fn(); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) fn();
  const ms = (performance.now() - t0) / rounds;
  console.log(`${label.padEnd(44)} ${ms.toFixed(2).padStart(8)} ms`);
  return ms;
}

const spec = digestChart(trend, 'frontline', 'en');
console.log(`chart ${spec.width}×${spec.height}, ${spec.shapes.length} shapes, Node ${process.version}\n`);
const blank = time('baseline: pngjs encodes a blank picture', 20, () => {
  const png = new PNG({ width: CHART_WIDTH, height: spec.height });
  png.data.fill(255);
  return PNG.sync.write(png, { colorType: 2, filterType: 4 }); // as renderPng encodes
});
time('layout: digestChart', 200, () => digestChart(trend, 'frontline', 'en'));
const full = time('layout + rasterise + encode (digestPng)', 20, () =>
  renderPng(digestChart(trend, 'frontline', 'en')),
);
console.log(`\nratio: a chart costs ${(full / blank).toFixed(2)}x encoding a blank picture of the same size`);
