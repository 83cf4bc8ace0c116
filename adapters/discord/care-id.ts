/**
 * Custom ids of the decompression offer and check-in (docs/discord.md, "Decompression and check-ins").
 * Buttons: `hl:care:<option>:<done>`, where <done> records what the agent already did from this
 * offer (`b` breathed, `t` asked to talk), so the message is re-rendered without state kept anywhere.
 * Modals: `hl:care-m:<break|checkin>:<done>`.
 */
import { DECOMPRESSION_OPTIONS, type DecompressionOption } from '../../src/engine/index.ts';

export type CareButtonOp = DecompressionOption | 'checkin';
export type CareModal = 'break' | 'checkin';

/** What the agent already did from one offer: b = breathed, t = asked to talk. */
export type CareDone = string;

const OPS: readonly string[] = [...DECOMPRESSION_OPTIONS, 'checkin'];
const clean = (done: CareDone): CareDone => [...new Set(done.replace(/[^bt]/g, ''))].sort().join('');

export const careButtonId = (op: CareButtonOp, done: CareDone = ''): string => `hl:care:${op}:${clean(done)}`;
export const careModalId = (modal: CareModal, done: CareDone = ''): string => `hl:care-m:${modal}:${clean(done)}`;

export function parseCareButton(customId: string): { op: CareButtonOp; done: CareDone } | null {
  const m = /^hl:care:([a-z]{1,10}):([bt]{0,2})$/.exec(customId);
  if (m === null || !OPS.includes(m[1] ?? '')) return null;
  return { op: m[1] as CareButtonOp, done: m[2] ?? '' };
}

export function parseCareModal(customId: string): { modal: CareModal; done: CareDone } | null {
  const m = /^hl:care-m:(break|checkin):([bt]{0,2})$/.exec(customId);
  if (m === null) return null;
  return { modal: m[1] as CareModal, done: m[2] ?? '' };
}

/** Field ids inside the care modals. */
export const CARE_FIELD = { minutes: 'minutes', mood: 'mood', visibility: 'visibility', note: 'note' } as const;
