/** Where a session's step message lives (kept with SessionService.setSurfaceRef, so it survives restarts). */
export interface StepRef {
  readonly channelId: string;
  readonly messageId: string;
  /** The session version the message shows; a delivery of an older prompt is skipped. */
  readonly version: number;
}

export function asStepRef(value: unknown): StepRef | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  return typeof v.channelId === 'string' && typeof v.messageId === 'string' && typeof v.version === 'number'
    ? { channelId: v.channelId, messageId: v.messageId, version: v.version }
    : null;
}

export const dmLink = (channelId: string, messageId?: string): string =>
  `https://discord.com/channels/@me/${channelId}${messageId ? `/${messageId}` : ''}`;

/**
 * The agent's DMs are closed (Discord refused the first step message with 50007): the session is shown in
 * the /complaint interaction instead, ephemerally, and its buttons update that message (issue 15).
 */
export interface DmClosedRef {
  readonly dmClosed: true;
  readonly version: number;
}

export const isDmClosed = (value: unknown): value is DmClosedRef =>
  typeof value === 'object' && value !== null && (value as Record<string, unknown>).dmClosed === true;
