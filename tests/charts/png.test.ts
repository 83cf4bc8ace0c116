/**
 * The digest chart as a PNG: decoded with pngjs, it has the spec's size, and every series is where the
 * spec put it, in its colour (bars per incident kind, pages, mood dots and anonymous weekly averages,
 * the time to acknowledge); a withheld week has no point.
 */
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { digestPng, renderPng } from '../../src/charts/png.ts';
import {
  buildTrend,
  CHART_COLORS,
  CHART_WIDTH,
  type Digest,
  digestChart,
  type Rgb,
  type Shape,
  type TrendWeekInput,
} from '../../src/engine/index.ts';

const weeks: TrendWeekInput[] = Array.from({ length: 8 }, (_, i) => ({
  week: `2026-W${41 + i}`,
  kinds: [...Array(i + 1).fill('insult'), ...Array(2).fill('vulgarity'), ...(i % 2 === 0 ? ['legal_threat'] : [])],
  // Week 3 has pages by two agents only: its time to acknowledge is withheld.
  pageAcks: (i === 3 ? ['a', 'b'] : ['a', 'b', 'c']).map((agentId, n) => ({
    pagedAt: 0,
    acknowledgedAt: (30 + 10 * i + n * 5) * 1000,
    agentId,
  })),
  namedCheckins: [
    { day: new Date(Date.UTC(2026, 9, 5 + i * 7)).toISOString().slice(0, 10), mood: 2 + (i % 3) },
    { day: new Date(Date.UTC(2026, 9, 7 + i * 7)).toISOString().slice(0, 10), mood: 4 },
  ],
  anonymousCheckins: [{ mood: 3 }, { mood: 4 }, { mood: 2 }],
  anonymousContributors: i === 5 ? 2 : 3,
}));
const trend = buildTrend(weeks);
const spec = digestChart(trend, 'frontline', 'en');
const image = PNG.sync.read(renderPng(spec));

const colourAt = (x: number, y: number): Rgb => {
  const i = (y * image.width + x) * 4;
  return [image.data[i] as number, image.data[i + 1] as number, image.data[i + 2] as number];
};

/** Bounding box of a shape (text boxes are generous: 12 px per character). */
function box(s: Shape): [number, number, number, number] {
  switch (s.kind) {
    case 'rect':
      return [s.x, s.y, s.x + s.w - 1, s.y + s.h - 1];
    case 'dot':
      return [s.x - s.r, s.y - s.r, s.x + s.r, s.y + s.r];
    case 'text':
      return [s.x, s.y, s.x + s.text.length * 6 * s.size, s.y + 8 * s.size];
    case 'line': {
      const xs = s.points.map((p) => p[0]);
      const ys = s.points.map((p) => p[1]);
      return [
        Math.min(...xs) - s.width,
        Math.min(...ys) - s.width,
        Math.max(...xs) + s.width,
        Math.max(...ys) + s.width,
      ];
    }
  }
}

/** A pixel inside the shape that nothing drawn after it covers (lines are checked segment by segment). */
function visiblePixel(index: number): [number, number] | null {
  const s = spec.shapes[index] as Shape;
  const [x0, y0, x1, y1] = box(s);
  const later = spec.shapes.slice(index + 1);
  const cx = Math.round((x0 + x1) / 2);
  const cy = Math.round((y0 + y1) / 2);
  const candidates: [number, number][] =
    s.kind === 'dot'
      ? [[s.x, s.y]]
      : [
          [cx, cy],
          ...Array.from({ length: 40 }, (_, k): [number, number] => [
            x0 + 1 + ((k * 7) % Math.max(1, x1 - x0 - 1)),
            y0 + 1 + ((k * 3) % Math.max(1, y1 - y0 - 1)),
          ]),
        ];
  for (const [x, y] of candidates) {
    const covered = later.some((o) => {
      if (o.kind === 'line') return nearLine(o, x, y);
      const [a, b, c, d] = box(o);
      return x >= a && x <= c && y >= b && y <= d;
    });
    if (!covered) return [x, y];
  }
  return null;
}

function nearLine(l: Extract<Shape, { kind: 'line' }>, x: number, y: number): boolean {
  for (let i = 1; i < l.points.length; i++) {
    const [a, b] = [l.points[i - 1] as readonly [number, number], l.points[i] as readonly [number, number]];
    const steps = Math.max(Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1]), 1);
    for (let k = 0; k <= steps; k++) {
      const px = a[0] + ((b[0] - a[0]) * k) / steps;
      const py = a[1] + ((b[1] - a[1]) * k) / steps;
      if (Math.abs(px - x) <= l.width + 1 && Math.abs(py - y) <= l.width + 1) return true;
    }
  }
  return false;
}

const series = (name: string) => spec.shapes.flatMap((s, i) => ('series' in s && s.series === name ? [{ s, i }] : []));

describe('digest chart PNG', () => {
  it('decodes to the size of its spec', () => {
    expect(image.width).toBe(CHART_WIDTH);
    expect(image.height).toBe(spec.height);
    expect(image.height).toBeGreaterThan(600);
  });

  it('draws every series where the spec puts it, in its colour', () => {
    const expected: [string, Rgb][] = [
      ['kind:insult', CHART_COLORS.kinds.insult],
      ['kind:vulgarity', CHART_COLORS.kinds.vulgarity],
      ['kind:legal_threat', CHART_COLORS.kinds.legal_threat],
      ['pages', CHART_COLORS.pages],
      ['ack', CHART_COLORS.ack],
      ['mood_named', CHART_COLORS.moodNamed],
      ['mood_anonymous', CHART_COLORS.moodAnonymous],
    ];
    let checked = 0;
    for (const [name, colour] of expected) {
      const found = series(name);
      expect(found.length, name).toBeGreaterThan(0);
      for (const { i } of found) {
        const at = visiblePixel(i);
        if (at === null) continue;
        expect(colourAt(...at), `${name} #${i} at ${at}`).toEqual([...colour]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('stacks bars to the week’s incident count and leaves withheld weeks without a point', () => {
    // Week 7: 8 insults, 2 vulgarity, no legal threat; bar heights follow the counts.
    const heights = (week: number, name: string) =>
      series(name)
        .filter(({ s }) => 'week' in s && s.week === week)
        .map(({ s }) => (s.kind === 'rect' ? s.h : 0))
        .reduce((a, b) => a + b, 0);
    expect(heights(7, 'kind:insult')).toBeCloseTo(4 * heights(7, 'kind:vulgarity'), -1);
    expect(heights(7, 'kind:legal_threat')).toBe(0);
    expect(series('ack').map(({ s }) => ('week' in s ? s.week : -1))).toEqual([0, 1, 2, 4, 5, 6, 7]);
    expect(series('mood_anonymous').map(({ s }) => ('week' in s ? s.week : -1))).toEqual([0, 1, 2, 3, 4, 6, 7]);
    // Where week 3's point would be, the picture shows no ack colour.
    const bar = series('pages').find(({ s }) => 'week' in s && s.week === 3)?.s;
    if (bar?.kind !== 'rect') throw new Error('no pages bar for week 3');
    const column = Array.from({ length: 140 }, (_, k) =>
      colourAt(bar.x + Math.round(bar.w / 2), bar.y + bar.h - 1 - k),
    );
    expect(column.filter((c) => c.join() === CHART_COLORS.ack.join()).length).toBeLessThan(6); // the line may cross
  });

  it('comes with the digest when it carries a trend, not without one', () => {
    const base: Digest = {
      teamId: 't1',
      week: '2026-W48',
      contacts: 0,
      hardContacts: 0,
      incidents: {},
      outcomes: {},
      limitsCrossed: { minutes: 0, hostility: 0, complexity: 0 },
      threatsReported: {},
      namedMood: { byDay: [], week: null },
      anonymousMood: null,
      pages: null,
    };
    expect(digestPng(base, 'en')).toBeNull();
    const png = digestPng({ ...base, trend }, 'nb');
    expect(png?.subarray(1, 4).toString()).toBe('PNG');
  });
});
