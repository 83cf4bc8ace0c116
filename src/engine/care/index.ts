/** Decompression, check-ins and the weekly digest (field guide §8, §13). */
export * from './board.ts';
export * from './breathing.ts';
export * from './chart.ts';
export * from './checkin.ts';
export * from './digest.ts';
export * from './effect-text.ts';
export * from './effects.ts';
export * from './hard.ts';
export * from './my-trend.ts';
export * from './offer.ts';
export * from './render-digest.ts';
export * from './render-scorecard.ts';
export * from './scorecard.ts';
export * from './trend.ts';
