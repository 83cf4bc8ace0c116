/** The statement cipher from the configuration: null when STATEMENT_KEY is not set (statements are off). */
import type { Config } from '../config.ts';
import { parseStatementKey, StatementCipher } from './statement-cipher.ts';

export function statementCipher(
  config: Pick<Config, 'STATEMENT_KEY' | 'STATEMENT_KEY_PREVIOUS'>,
): StatementCipher | null {
  if (config.STATEMENT_KEY === undefined) return null;
  const key = parseStatementKey(config.STATEMENT_KEY);
  if (key === null) return null; // config already refused it
  const previous = config.STATEMENT_KEY_PREVIOUS.map(parseStatementKey).filter((k): k is Buffer => k !== null);
  return new StatementCipher(key, previous);
}
