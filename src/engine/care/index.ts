/** Decompression, check-ins and the weekly digest (field guide §8, §13). */
export * from './breathing.ts';
export * from './checkin.ts';
export * from './digest.ts';
export * from './effect-text.ts';
export * from './effects.ts';
export * from './hard.ts';
export * from './offer.ts';
export * from './render-digest.ts';
