/**
 * The digest's chart as plain shapes in pixel coordinates (pure geometry; src/charts/png.ts turns it
 * into a PNG). Three panels over the last eight weeks: mood by day (named check-ins, and anonymous
 * weekly averages where ≥ 3 people contributed), incidents by kind (stacked bars), pages per week with
 * the median time to acknowledge (withheld weeks get no point). Every shape of a series carries its
 * `series` and `week`, so a test can find it in the decoded picture.
 */
import { translate } from '../i18n/catalogue.ts';
import { INCIDENT_KINDS, type IncidentKind, type Locale } from '../types.ts';
import type { TeamTrend } from './trend.ts';

export type Rgb = readonly [number, number, number];

/** The bitmap font of src/charts/font.ts: 5×8 cells, 6 px advance, scaled by `size`. */
export const FONT = { width: 5, height: 8, advance: 6 } as const;
export const textWidth = (s: string, size: number): number =>
  s.length === 0 ? 0 : ([...s].length * FONT.advance - 1) * size;

export type Shape =
  | {
      readonly kind: 'rect';
      readonly x: number;
      readonly y: number;
      readonly w: number;
      readonly h: number;
      readonly color: Rgb;
      readonly series?: string;
      readonly week?: number;
    }
  | {
      readonly kind: 'line';
      readonly points: readonly (readonly [number, number])[];
      readonly color: Rgb;
      readonly width: number;
      readonly series?: string;
      readonly week?: number;
    }
  | {
      readonly kind: 'dot';
      readonly x: number;
      readonly y: number;
      readonly r: number;
      readonly color: Rgb;
      readonly series?: string;
      readonly week?: number;
    }
  | {
      readonly kind: 'text';
      readonly x: number;
      readonly y: number;
      readonly text: string;
      readonly color: Rgb;
      readonly size: number;
    };

export interface ChartSpec {
  readonly width: number;
  readonly height: number;
  readonly background: Rgb;
  readonly shapes: readonly Shape[];
}

export const CHART_COLORS = {
  background: [255, 255, 255],
  text: [33, 37, 41],
  grid: [226, 230, 234],
  axis: [134, 142, 150],
  moodNamed: [31, 119, 180],
  moodAnonymous: [255, 127, 14],
  pages: [44, 160, 44],
  ack: [214, 39, 40],
  kinds: {
    vulgarity: [148, 103, 189],
    insult: [227, 119, 194],
    legal_threat: [140, 86, 75],
    physical_threat: [23, 190, 207],
    supervisor_request: [188, 189, 34],
    hostile: [255, 187, 120],
  } satisfies Record<IncidentKind, Rgb>,
} as const;

export const CHART_WIDTH = 960;
const LEFT = 64;
const RIGHT = CHART_WIDTH - 80;
const PLOT_H = 140;
const TITLE = 2;
const LABEL = 2;

/** A round axis maximum at or above `n` (at least `floor`). */
export function niceMax(n: number, floor = 4): number {
  const v = Math.max(n, floor);
  const step = v <= 10 ? 2 : v <= 50 ? 10 : v <= 200 ? 50 : 10 ** Math.floor(Math.log10(v));
  return Math.ceil(v / step) * step;
}

const shortWeek = (week: string) => week.slice(5); // 2026-W47 → W47

class Builder {
  readonly shapes: Shape[] = [];
  y = 0;
  text(x: number, y: number, text: string, size = LABEL, color: Rgb = CHART_COLORS.text) {
    this.shapes.push({ kind: 'text', x, y, text, size, color });
  }
  /** Text wrapped at word boundaries to the picture's width; returns the height used. */
  paragraph(x: number, y: number, text: string, size = LABEL, color: Rgb = CHART_COLORS.text): number {
    const max = CHART_WIDTH - 16 - x;
    const lines: string[] = [];
    for (const word of text.split(' ')) {
      const last = lines.at(-1);
      if (last !== undefined && textWidth(`${last} ${word}`, size) <= max) lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
    }
    for (const [i, line] of lines.entries()) this.text(x, y + i * (FONT.height + 3) * size, line, size, color);
    return lines.length * (FONT.height + 3) * size;
  }
  /** Swatch + label entries flowing left to right, wrapping; returns the height used. */
  legend(entries: readonly { color: Rgb; label: string }[], top: number): number {
    let x = LEFT;
    let y = top;
    for (const e of entries) {
      const w = 14 + 6 + textWidth(e.label, LABEL) + 20;
      if (x + w > CHART_WIDTH - 16 && x > LEFT) {
        x = LEFT;
        y += 22;
      }
      this.shapes.push({ kind: 'rect', x, y: y + 1, w: 14, h: 14, color: e.color });
      this.text(x + 20, y, e.label);
      x += w;
    }
    return y - top + 22;
  }
  gridY(top: number, max: number, labels: boolean, right?: { max: number; color: Rgb }) {
    for (const f of [0, 0.5, 1]) {
      const y = Math.round(top + PLOT_H - f * PLOT_H);
      this.shapes.push({
        kind: 'rect',
        x: LEFT,
        y,
        w: RIGHT - LEFT,
        h: 1,
        color: f === 0 ? CHART_COLORS.axis : CHART_COLORS.grid,
      });
      if (labels) {
        const label = String(Math.round(f * max));
        this.text(LEFT - 8 - textWidth(label, LABEL), y - 7, label, LABEL, CHART_COLORS.axis);
      }
      if (right) this.text(RIGHT + 8, y - 7, String(Math.round(f * right.max)), LABEL, right.color);
    }
  }
  weekLabels(trend: TeamTrend, top: number) {
    const slot = (RIGHT - LEFT) / trend.weeks.length;
    for (const [i, w] of trend.weeks.entries()) {
      const label = shortWeek(w.week);
      this.text(
        Math.round(LEFT + (i + 0.5) * slot - textWidth(label, LABEL) / 2),
        top + PLOT_H + 8,
        label,
        LABEL,
        CHART_COLORS.axis,
      );
    }
  }
}

export function digestChart(trend: TeamTrend, teamId: string, locale: Locale): ChartSpec {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(locale, key, params);
  const b = new Builder();
  const last = trend.weeks.at(-1)?.week ?? '';
  b.y = 14 + b.paragraph(16, 14, t('chart.title', { team: teamId, week: last }), TITLE) + 16;
  moodPanel(b, trend, t);
  incidentsPanel(b, trend, t);
  pagesPanel(b, trend, t);
  return { width: CHART_WIDTH, height: b.y + 8, background: CHART_COLORS.background, shapes: b.shapes };
}

type T = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => string;

/** Where a UTC day falls on the 8-week axis (null: outside it). */
function dayIndex(trend: TeamTrend, day: string): number | null {
  const first = trend.weeks[0]?.week;
  if (first === undefined) return null;
  const start = weekStart(first);
  const i = Math.round((Date.parse(`${day}T00:00:00Z`) - start) / 86_400_000);
  return i >= 0 && i < trend.weeks.length * 7 ? i : null;
}

/** Monday 00:00 UTC of an ISO week (the same arithmetic as weekBounds, kept local to stay dependency-free). */
function weekStart(week: string): number {
  const [y, w] = [Number(week.slice(0, 4)), Number(week.slice(6))];
  const jan4 = Date.UTC(y, 0, 4);
  return jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (w - 1) * 7 * 86_400_000;
}

function moodPanel(b: Builder, trend: TeamTrend, t: T) {
  const top = b.y + b.paragraph(16, b.y, t('chart.mood'), TITLE) + 4;
  const days = trend.weeks.length * 7;
  const slot = (RIGHT - LEFT) / days;
  const yOf = (m: number) => Math.round(top + PLOT_H - ((m - 1) / 4) * PLOT_H);
  for (const m of [1, 2, 3, 4, 5]) {
    b.shapes.push({
      kind: 'rect',
      x: LEFT,
      y: yOf(m),
      w: RIGHT - LEFT,
      h: 1,
      color: m === 1 ? CHART_COLORS.axis : CHART_COLORS.grid,
    });
    b.text(LEFT - 8 - textWidth(String(m), LABEL), yOf(m) - 7, String(m), LABEL, CHART_COLORS.axis);
  }
  for (let i = 1; i < trend.weeks.length; i++)
    b.shapes.push({
      kind: 'rect',
      x: Math.round(LEFT + i * 7 * slot),
      y: top,
      w: 1,
      h: PLOT_H,
      color: CHART_COLORS.grid,
    });
  for (const [i, w] of trend.weeks.entries()) {
    if (w.anonymousMood === null) continue;
    const y = yOf(w.anonymousMood);
    const x0 = Math.round(LEFT + i * 7 * slot + 3);
    b.shapes.push({
      kind: 'rect',
      x: x0,
      y: y - 2,
      w: Math.round(7 * slot - 6),
      h: 5,
      color: CHART_COLORS.moodAnonymous,
      series: 'mood_anonymous',
      week: i,
    });
  }
  const points = trend.moodByDay.flatMap((d) => {
    const i = dayIndex(trend, d.day);
    return i === null ? [] : [{ x: Math.round(LEFT + (i + 0.5) * slot), y: yOf(d.average), week: Math.floor(i / 7) }];
  });
  if (points.length > 1)
    b.shapes.push({
      kind: 'line',
      points: points.map((p) => [p.x, p.y] as const),
      color: CHART_COLORS.moodNamed,
      width: 2,
    });
  for (const p of points)
    b.shapes.push({
      kind: 'dot',
      x: p.x,
      y: p.y,
      r: 4,
      color: CHART_COLORS.moodNamed,
      series: 'mood_named',
      week: p.week,
    });
  b.weekLabels(trend, top);
  const used = b.legend(
    [
      { color: CHART_COLORS.moodNamed, label: t('chart.mood_named') },
      { color: CHART_COLORS.moodAnonymous, label: t('chart.mood_anonymous') },
    ],
    top + PLOT_H + 32,
  );
  b.y = top + PLOT_H + 32 + used + 14;
}

function incidentsPanel(b: Builder, trend: TeamTrend, t: T) {
  const top = b.y + b.paragraph(16, b.y, t('chart.incidents'), TITLE) + 4;
  const totals = trend.weeks.map((w) => INCIDENT_KINDS.reduce((n, k) => n + w.incidents[k], 0));
  const max = niceMax(Math.max(0, ...totals));
  b.gridY(top, max, true);
  const slot = (RIGHT - LEFT) / trend.weeks.length;
  const barW = Math.round(slot * 0.56);
  for (const [i, w] of trend.weeks.entries()) {
    let base = top + PLOT_H;
    const x = Math.round(LEFT + (i + 0.5) * slot - barW / 2);
    for (const k of INCIDENT_KINDS) {
      const n = w.incidents[k];
      if (n === 0) continue;
      const h = Math.max(1, Math.round((n / max) * PLOT_H));
      b.shapes.push({
        kind: 'rect',
        x,
        y: base - h,
        w: barW,
        h,
        color: CHART_COLORS.kinds[k],
        series: `kind:${k}`,
        week: i,
      });
      base -= h;
    }
  }
  b.weekLabels(trend, top);
  const used = b.legend(
    INCIDENT_KINDS.map((k) => ({ color: CHART_COLORS.kinds[k], label: t(`kind.${k}`) })),
    top + PLOT_H + 32,
  );
  b.y = top + PLOT_H + 32 + used + 14;
}

function pagesPanel(b: Builder, trend: TeamTrend, t: T) {
  const top = b.y + b.paragraph(16, b.y, t('chart.pages'), TITLE) + 4;
  const max = niceMax(Math.max(0, ...trend.weeks.map((w) => w.pages)));
  const ackMax = niceMax(Math.max(0, ...trend.weeks.map((w) => w.medianAckSeconds ?? 0)), 60);
  b.gridY(top, max, true, { max: ackMax, color: CHART_COLORS.ack });
  const slot = (RIGHT - LEFT) / trend.weeks.length;
  const barW = Math.round(slot * 0.56);
  const points: { x: number; y: number; week: number }[] = [];
  for (const [i, w] of trend.weeks.entries()) {
    const cx = Math.round(LEFT + (i + 0.5) * slot);
    if (w.pages > 0) {
      const h = Math.max(1, Math.round((w.pages / max) * PLOT_H));
      b.shapes.push({
        kind: 'rect',
        x: cx - Math.round(barW / 2),
        y: top + PLOT_H - h,
        w: barW,
        h,
        color: CHART_COLORS.pages,
        series: 'pages',
        week: i,
      });
    }
    if (w.medianAckSeconds !== null)
      points.push({ x: cx, y: Math.round(top + PLOT_H - (w.medianAckSeconds / ackMax) * PLOT_H), week: i });
  }
  if (points.length > 1)
    b.shapes.push({ kind: 'line', points: points.map((p) => [p.x, p.y] as const), color: CHART_COLORS.ack, width: 2 });
  for (const p of points)
    b.shapes.push({ kind: 'dot', x: p.x, y: p.y, r: 5, color: CHART_COLORS.ack, series: 'ack', week: p.week });
  b.weekLabels(trend, top);
  const used = b.legend(
    [
      { color: CHART_COLORS.pages, label: t('chart.pages_count') },
      { color: CHART_COLORS.ack, label: t('chart.ack_median') },
    ],
    top + PLOT_H + 32,
  );
  const note = b.paragraph(LEFT, top + PLOT_H + 32 + used, t('chart.ack_hidden'), LABEL, CHART_COLORS.axis);
  b.y = top + PLOT_H + 32 + used + note + 8;
}
