import type { IncidentKind } from '../types.ts';
import { archivedPlaybooks, playbooks } from './index.ts';
import type { Playbook } from './schema.ts';

/**
 * Sessions freeze the playbook version they started under. When a playbook changes, keep the
 * old version here until no open session uses it, so a long contact finishes on the text it began with.
 */
const byVersion = new Map<string, Playbook>(
  [...archivedPlaybooks, ...Object.values(playbooks)].map((pb) => [`${pb.kind}@${pb.version}`, pb]),
);

export function playbookVersion(kind: IncidentKind, version: string): Playbook {
  const pb = byVersion.get(`${kind}@${version}`);
  if (pb === undefined) throw new Error(`No playbook ${kind}@${version} is loaded`);
  return pb;
}
