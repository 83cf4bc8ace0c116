/**
 * The learned component (round 7): one-vs-rest logistic regression per kind over hashed features
 * (features.ts). Pure: the weights are data (model.generated.ts, written by
 * scripts/train-detector.ts from the tuned sets); training is here too so the evaluation can
 * cross-validate in-process. Deterministic: full-batch AdaGrad from zero, no randomness.
 *
 * Shipped form (issue 19): the weights are one packed byte string (PackedModel, base64), decoded
 * once into typed arrays at load; not a source-code array literal that V8 would have to parse
 * and keep as boilerplate (that cost ~120 MiB and most of a second at every start).
 */
import { INCIDENT_KINDS, type IncidentKind } from '../types.ts';
import { DIM, type Featurised } from './features.ts';
import { fromBase64 } from './langid.ts';

/** Weights as stored: sorted feature ids, and for each id one weight per kind (scaled integers). */
export interface StoredModel {
  readonly kinds: readonly IncidentKind[];
  readonly scale: number;
  readonly bias: readonly number[];
  readonly ids: readonly number[];
  /** ids.length × kinds.length, row-major, each weight × scale rounded. */
  readonly weights: readonly number[];
}

export interface LinearModel {
  readonly kinds: readonly IncidentKind[];
  readonly bias: Float64Array;
  /** Feature id → row + 1, 0 for a feature the model does not use (row × kinds.length indexes `weights`). */
  readonly rows: Int32Array;
  readonly weights: Float32Array;
}

/**
 * The stored model as shipped: the same integers as StoredModel, packed (lossless). `data` is
 * base64 (split in lines) of, per feature in id order, the id's distance from the previous id as
 * an unsigned LEB128 varint, then its kinds.length weights as zigzag LEB128 varints.
 */
export interface PackedModel {
  readonly kinds: readonly IncidentKind[];
  readonly scale: number;
  readonly bias: readonly number[];
  /** Number of features. */
  readonly count: number;
  readonly data: readonly string[];
}

function pushVarint(out: number[], u: number): void {
  let x = u;
  while (x >= 0x80) {
    out.push((x & 0x7f) | 0x80);
    x = Math.floor(x / 128);
  }
  out.push(x);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function toBase64(bytes: readonly number[]): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    s += BASE64[(n >> 18) & 63];
    s += BASE64[(n >> 12) & 63];
    s += i + 1 < bytes.length ? BASE64[(n >> 6) & 63] : '=';
    s += i + 2 < bytes.length ? BASE64[n & 63] : '=';
  }
  return s;
}

/** Packs a stored model (for scripts/train-detector.ts). Throws on ids out of order or non-integer weights. */
export function packModel(m: StoredModel, lineLength = 120): PackedModel {
  const k = m.kinds.length;
  if (m.weights.length !== m.ids.length * k) throw new Error('packModel: weights must be ids × kinds');
  const bytes: number[] = [];
  let prev = -1;
  m.ids.forEach((id, i) => {
    if (!Number.isInteger(id) || id <= prev || id >= DIM) throw new Error(`packModel: id ${id} out of order or range`);
    pushVarint(bytes, id - prev - 1);
    prev = id;
    for (let c = 0; c < k; c++) {
      const w = m.weights[i * k + c] ?? 0;
      if (!Number.isSafeInteger(w) || Math.abs(w) >= 2 ** 30)
        throw new Error(`packModel: weight ${w} is no small integer`);
      pushVarint(bytes, w >= 0 ? w * 2 : -w * 2 - 1);
    }
  });
  const text = toBase64(bytes);
  const data: string[] = [];
  for (let i = 0; i < text.length; i += lineLength) data.push(text.slice(i, i + lineLength));
  return { kinds: m.kinds, scale: m.scale, bias: m.bias, count: m.ids.length, data };
}

/** Walks the packed bytes, calling `each(feature index, id, kind, weight)` for every weight. */
function walkPacked(p: PackedModel, each: (i: number, id: number, c: number, w: number) => void): void {
  const bytes = fromBase64(p.data.join(''));
  const k = p.kinds.length;
  let at = 0;
  const varint = (): number => {
    let x = 0;
    let mul = 1;
    for (;;) {
      if (at >= bytes.length) throw new Error('packed model: truncated');
      const b = bytes[at++] ?? 0;
      x += (b & 0x7f) * mul;
      if (b < 0x80) return x;
      mul *= 128;
    }
  };
  let id = -1;
  for (let i = 0; i < p.count; i++) {
    id += varint() + 1;
    for (let c = 0; c < k; c++) {
      const z = varint();
      each(i, id, c, z % 2 === 0 ? z / 2 : -(z + 1) / 2);
    }
  }
  if (at !== bytes.length) throw new Error('packed model: trailing bytes');
}

/** The stored integers back from the packed form (tests, the training script's --check). */
export function unpackModel(p: PackedModel): StoredModel {
  const ids: number[] = new Array(p.count);
  const weights: number[] = new Array(p.count * p.kinds.length);
  walkPacked(p, (i, id, c, w) => {
    ids[i] = id;
    weights[i * p.kinds.length + c] = w;
  });
  return { kinds: p.kinds, scale: p.scale, bias: p.bias, ids, weights };
}

/** The scoring tables straight from the packed form (no intermediate arrays of numbers). */
export function loadPackedModel(p: PackedModel): LinearModel {
  const k = p.kinds.length;
  const rows = new Int32Array(DIM);
  const weights = new Float32Array(p.count * k);
  walkPacked(p, (i, id, c, w) => {
    rows[id] = i + 1;
    weights[i * k + c] = w / p.scale;
  });
  return { kinds: p.kinds, bias: Float64Array.from(p.bias, (b) => b / p.scale), rows, weights };
}

export function loadModel(m: StoredModel): LinearModel {
  const rows = new Int32Array(DIM);
  m.ids.forEach((id, i) => {
    rows[id] = i + 1;
  });
  return {
    kinds: m.kinds,
    bias: Float64Array.from(m.bias, (b) => b / m.scale),
    rows,
    weights: Float32Array.from(m.weights, (w) => w / m.scale),
  };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Each feature counts 1/sqrt(n): long messages do not score higher for being long. */
const featureValue = (n: number): number => (n === 0 ? 0 : 1 / Math.sqrt(n));

/** The model's probability for each kind, in `model.kinds` order. */
export function scoreModel(model: LinearModel, f: Featurised): Float64Array {
  const k = model.kinds.length;
  const v = featureValue(f.ids.length);
  const z = Float64Array.from(model.bias);
  for (let i = 0; i < f.ids.length; i++) {
    const row = (model.rows[f.ids[i] ?? 0] ?? 0) - 1;
    if (row < 0) continue;
    for (let c = 0; c < k; c++) z[c] = (z[c] ?? 0) + (model.weights[row * k + c] ?? 0) * v;
  }
  return z.map(sigmoid);
}

/**
 * Token indexes (into Featurised.tokens) that pushed hardest towards kind `c`: the strongest, and a
 * second one when it pulls nearly as hard. Empty when no word pulls towards it.
 */
export function strongestTokens(model: LinearModel, f: Featurised, c: number): number[] {
  const k = model.kinds.length;
  const pull = new Float64Array(f.tokens.length);
  for (let i = 0; i < f.ids.length; i++) {
    const row = (model.rows[f.ids[i] ?? 0] ?? 0) - 1;
    if (row < 0) continue;
    const t = f.token[i] ?? 0;
    pull[t] = (pull[t] ?? 0) + (model.weights[row * k + c] ?? 0);
  }
  const order = [...pull.keys()].filter((t) => (pull[t] ?? 0) > 0).sort((a, b) => (pull[b] ?? 0) - (pull[a] ?? 0));
  const best = pull[order[0] ?? 0] ?? 0;
  return order.slice(0, 2).filter((t, i) => i === 0 || (pull[t] ?? 0) >= best * 0.6);
}

export interface TrainingExample {
  readonly ids: Uint32Array;
  readonly kinds: readonly IncidentKind[];
}

export interface TrainOptions {
  readonly epochs?: number;
  readonly learningRate?: number;
  /** L2 penalty per example-weighted loss. */
  readonly l2?: number;
  /** Positive examples count this many times (kinds are rare: recall first). */
  readonly positiveWeight?: number;
  /** Weights smaller than this (in absolute value) are dropped from the stored model. */
  readonly prune?: number;
  readonly scale?: number;
}

export const DEFAULT_TRAIN: Required<TrainOptions> = {
  epochs: 120,
  learningRate: 0.5,
  l2: 3e-5,
  positiveWeight: 3,
  prune: 0.02,
  scale: 1000,
};

/** Trains one logistic regression per kind on the examples; returns the stored (pruned) form. */
export function trainModel(examples: readonly TrainingExample[], options: TrainOptions = {}): StoredModel {
  const o = { ...DEFAULT_TRAIN, ...options };
  const kinds = INCIDENT_KINDS;
  const k = kinds.length;
  // Local vocabulary: feature id → column.
  const col = new Map<number, number>();
  for (const e of examples) for (const id of e.ids) if (!col.has(id)) col.set(id, col.size);
  const rows = examples.map((e) => Uint32Array.from(e.ids, (id) => col.get(id) ?? 0));
  const values = examples.map((e) => featureValue(e.ids.length));
  const labels = examples.map((e) => kinds.map((kind) => (e.kinds.includes(kind) ? 1 : 0)));
  const w = new Float64Array(col.size * k);
  const bias = new Float64Array(k);
  const g2 = new Float64Array(col.size * k);
  const b2 = new Float64Array(k);
  const grad = new Float64Array(col.size * k);
  const bgrad = new Float64Array(k);
  const z = new Float64Array(k);
  const n = examples.length;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    grad.fill(0);
    bgrad.fill(0);
    for (let x = 0; x < n; x++) {
      const r = rows[x] ?? new Uint32Array(0);
      const v = values[x] ?? 0;
      const y = labels[x] ?? [];
      z.set(bias);
      for (const j of r) for (let c = 0; c < k; c++) z[c] = (z[c] ?? 0) + (w[j * k + c] ?? 0) * v;
      for (let c = 0; c < k; c++) {
        const yc = y[c] ?? 0;
        const err = (sigmoid(z[c] ?? 0) - yc) * (yc === 1 ? o.positiveWeight : 1);
        bgrad[c] = (bgrad[c] ?? 0) + err;
        const ev = err * v;
        for (const j of r) grad[j * k + c] = (grad[j * k + c] ?? 0) + ev;
      }
    }
    for (let i = 0; i < w.length; i++) {
      const g = (grad[i] ?? 0) / n + o.l2 * (w[i] ?? 0);
      if (g === 0) continue;
      g2[i] = (g2[i] ?? 0) + g * g;
      w[i] = (w[i] ?? 0) - (o.learningRate * g) / Math.sqrt(g2[i] ?? 1);
    }
    for (let c = 0; c < k; c++) {
      const g = (bgrad[c] ?? 0) / n;
      b2[c] = (b2[c] ?? 0) + g * g;
      bias[c] = (bias[c] ?? 0) - (o.learningRate * g) / Math.sqrt((b2[c] ?? 0) + 1e-12);
    }
  }
  const kept = [...col.entries()]
    .filter(([, j]) => {
      for (let c = 0; c < k; c++) if (Math.abs(w[j * k + c] ?? 0) >= o.prune) return true;
      return false;
    })
    .sort((a, b) => a[0] - b[0]);
  const q = (x: number): number => Math.round(x * o.scale) || 0; // no -0
  return {
    kinds,
    scale: o.scale,
    bias: Array.from(bias, q),
    ids: kept.map(([id]) => id),
    weights: kept.flatMap(([, j]) => Array.from({ length: k }, (_, c) => q(w[j * k + c] ?? 0))),
  };
}
