/** Legal and physical threats (field guide §7), and a customer insisting on someone senior (§4). */

import type { PlaybookInput } from './schema.ts';
import { boundaryLadder, calm, help } from './steps.ts';

const legalThreatStep20261123 = {
  title: 'step.threat_legal.title',
  guidance: ['step.threat_legal.g1', 'step.threat_legal.g2', 'step.threat_legal.g3'],
  say: ['say.threat_legal.right', 'say.calm.listening'],
  choices: [
    { id: 'carry_on', label: 'choice.to_resolution', next: 'calm' },
    { id: 'abusive', label: 'choice.getting_abusive', next: 'boundary_hostile' },
    { id: 'someone_else', label: 'choice.someone_else', next: 'handover' },
  ],
} satisfies PlaybookInput['steps'][string];

export const legalThreat: PlaybookInput = {
  kind: 'legal_threat',
  // 2026-12-07.1: "Move on to a resolution" leads to the resolution, not back to "Let them vent first".
  version: '2026-12-07.1',
  start: 'threat_legal',
  onStart: [
    { type: 'report_threat', to: 'legal' },
    { type: 'flag_customer', kind: 'legal_threat' },
  ],
  steps: {
    threat_legal: {
      title: 'step.threat_legal.title',
      guidance: ['step.threat_legal.g1', 'step.threat_legal.g2', 'step.threat_legal.g3'],
      say: ['say.threat_legal.right', 'say.calm.listening'],
      choices: [
        { id: 'carry_on', label: 'choice.to_resolution', next: 'lead' },
        { id: 'still_upset', label: 'choice.still_upset', next: 'calm' },
        { id: 'abusive', label: 'choice.getting_abusive', next: 'boundary_hostile' },
        { id: 'someone_else', label: 'choice.someone_else', next: 'handover' },
      ],
    },
    calm: calm([
      { id: 'calmed', label: 'choice.calmed', next: 'empathise' },
      { id: 'abusive', label: 'choice.getting_abusive', next: 'boundary_hostile' },
      { id: 'insist_senior', label: 'choice.insist_senior', next: 'senior' },
    ]),
    ...boundaryLadder('boundary_hostile', 'hostility'),
    ...help('boundary_hostile'),
  },
};

export const physicalThreat: PlaybookInput = {
  kind: 'physical_threat',
  // 2026-12-06.1: emergency guidance on the safety steps; ending here is recorded as ended_for_safety.
  version: '2026-12-06.1',
  start: 'threat_physical',
  onStart: [
    { type: 'escalate', reason: 'physical_threat' },
    { type: 'report_threat', to: 'security' },
    { type: 'flag_customer', kind: 'physical_threat' },
  ],
  steps: {
    threat_physical: {
      title: 'step.threat_physical.title',
      guidance: [
        'step.threat_physical.g1',
        'step.threat_physical.g2',
        'step.threat_physical.g3',
        'step.threat_physical.g4',
      ],
      // Never "please go on" under a physical threat (issue 20).
      say: ['say.threat_physical.calm', 'say.threat_physical.hear'],
      emergency: true,
      choices: [
        { id: 'took_over', label: 'choice.security_took_over', outcome: 'escalated' },
        { id: 'calmed', label: 'choice.calmed_carry_on', next: 'empathise' },
        { id: 'ending', label: 'choice.ending_contact', next: 'end_safely' },
      ],
    },
    end_safely: {
      title: 'step.end_safely.title',
      guidance: ['step.end_safely.g1', 'step.end_safely.g2'],
      say: ['say.end_safely.line'],
      onEnter: [{ type: 'tell_ending' }],
      emergency: true,
      choices: [{ id: 'ended', label: 'choice.told_and_ended', outcome: 'ended_for_safety' }],
    },
    ...boundaryLadder('boundary_hostile', 'hostility'),
    ...help('boundary_hostile'),
  },
};

export const supervisorRequest: PlaybookInput = {
  kind: 'supervisor_request',
  version: '2026-11-23.1',
  start: 'calm',
  steps: {
    calm: calm([
      { id: 'still_senior', label: 'choice.still_senior', next: 'senior' },
      { id: 'let_me_help', label: 'choice.let_me_help', next: 'empathise' },
      { id: 'abusive', label: 'choice.getting_abusive', next: 'boundary_hostile' },
    ]),
    ...boundaryLadder('boundary_hostile', 'hostility'),
    ...help('boundary_hostile'),
  },
};

/**
 * The physical-threat playbook as it was before 2026-12-06, kept loaded so a session started under it
 * finishes on the text it began with (registry.ts).
 */
export const physicalThreat20261123: PlaybookInput = {
  ...physicalThreat,
  version: '2026-11-23.1',
  steps: {
    ...physicalThreat.steps,
    threat_physical: { ...(physicalThreat.steps.threat_physical as PlaybookInput['steps'][string]), emergency: false },
    end_safely: {
      title: 'step.end_safely.title',
      guidance: ['step.end_safely.g1', 'step.end_safely.g2'],
      say: ['say.end_safely.line'],
      onEnter: [{ type: 'tell_ending' }],
      choices: [{ id: 'ended', label: 'choice.told_and_ended', outcome: 'ended_after_warning' }],
    },
  },
};

/** The legal-threat playbook before 2026-12-07 (its "carry on" went back to the calm step). */
export const legalThreat20261123: PlaybookInput = {
  ...legalThreat,
  version: '2026-11-23.1',
  steps: { ...legalThreat.steps, threat_legal: legalThreatStep20261123 },
};
