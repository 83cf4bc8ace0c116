/**
 * Custom ids of the decompression offer and check-in (docs/discord.md, "Decompression and check-ins").
 * Buttons: `hl:care:<option>:<done>:<owner>`, where <done> records what the agent already did from this
 * offer (`b` breathed, `t` asked to talk), so the message is re-rendered without state kept anywhere, and
 * <owner> is the Discord user id the offer was made to: only they may answer it (issue 18). A button
 * without an owner is from before owners were kept.
 * Modals: `hl:care-m:<break|checkin>:<done>`.
 */
import { DECOMPRESSION_OPTIONS, type DecompressionOption } from '../../src/engine/index.ts';

export type CareButtonOp = DecompressionOption | 'checkin';
export type CareModal = 'break' | 'checkin';

/** What the agent already did from one offer: b = breathed, t = asked to talk. */
export type CareDone = string;

const OPS: readonly string[] = [...DECOMPRESSION_OPTIONS, 'checkin'];
const clean = (done: CareDone): CareDone => [...new Set(done.replace(/[^bt]/g, ''))].sort().join('');

export const careButtonId = (op: CareButtonOp, done: CareDone = '', owner?: string): string =>
  `hl:care:${op}:${clean(done)}${owner !== undefined && /^\d{1,20}$/.test(owner) ? `:${owner}` : ''}`;
export const careModalId = (modal: CareModal, done: CareDone = ''): string => `hl:care-m:${modal}:${clean(done)}`;

export function parseCareButton(customId: string): { op: CareButtonOp; done: CareDone; owner: string | null } | null {
  const m = /^hl:care:([a-z]{1,10}):([bt]{0,2})(?::(\d{1,20}))?$/.exec(customId);
  if (m === null || !OPS.includes(m[1] ?? '')) return null;
  return { op: m[1] as CareButtonOp, done: m[2] ?? '', owner: m[3] ?? null };
}

export function parseCareModal(customId: string): { modal: CareModal; done: CareDone } | null {
  const m = /^hl:care-m:(break|checkin):([bt]{0,2})$/.exec(customId);
  if (m === null) return null;
  return { modal: m[1] as CareModal, done: m[2] ?? '' };
}

/** Field ids inside the care modals. */
export const CARE_FIELD = { minutes: 'minutes', mood: 'mood', visibility: 'visibility', note: 'note' } as const;
