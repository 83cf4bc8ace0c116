import type { IncidentKind } from '../types.ts';
import { hostile, insult, vulgarity } from './abuse.ts';
import { type Playbook, type PlaybookInput, PlaybookSchema } from './schema.ts';
import {
  legalThreat,
  legalThreat20261123,
  physicalThreat,
  physicalThreat20261123,
  supervisorRequest,
} from './threats.ts';

export type { Choice, EnterEffect, Playbook, PlaybookStep } from './schema.ts';

const sources: Readonly<Record<IncidentKind, PlaybookInput>> = {
  vulgarity,
  insult,
  hostile,
  legal_threat: legalThreat,
  physical_threat: physicalThreat,
  supervisor_request: supervisorRequest,
};

/** Validates every playbook; throws one error listing each problem (a broken playbook must not ship). */
export function loadPlaybooks(
  input: Readonly<Record<IncidentKind, PlaybookInput>> = sources,
): Record<IncidentKind, Playbook> {
  const problems: string[] = [];
  const out: Partial<Record<IncidentKind, Playbook>> = {};
  for (const [kind, source] of Object.entries(input) as [IncidentKind, PlaybookInput][]) {
    const parsed = PlaybookSchema.safeParse(source);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${kind}: ${issue.path.join('.')} ${issue.message}`);
      continue;
    }
    if (parsed.data.kind !== kind) problems.push(`${kind}: playbook declares kind ${parsed.data.kind}`);
    out[kind] = parsed.data;
  }
  if (problems.length > 0) throw new Error(`Invalid playbooks:\n${problems.join('\n')}`);
  return out as Record<IncidentKind, Playbook>;
}

export const playbooks: Readonly<Record<IncidentKind, Playbook>> = loadPlaybooks();

export const playbookFor = (kind: IncidentKind): Playbook => playbooks[kind];

/** Earlier versions still loaded for sessions that started under them (see registry.ts). */
export const archivedPlaybooks: readonly Playbook[] = Object.values(
  loadPlaybooks({ ...sources, physical_threat: physicalThreat20261123, legal_threat: legalThreat20261123 }),
).filter((pb) => pb.kind === 'physical_threat' || pb.kind === 'legal_threat');
