/**
 * The shape a translation file has: the keys of its English counterpart, each optional (a missing key
 * is a test failure, see tests/engine/i18n.test.ts, not a type error, so adding English never breaks the build),
 * and no other keys (a key that does not exist in English is a type error through `satisfies`).
 */
export type TranslationOf<T> = { readonly [K in keyof T]?: string };
