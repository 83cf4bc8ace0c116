/** Vulgarity (field guide §5) and insults (§6): calm, boundary ladder, HELP; written channels may ignore. */

import { WRITTEN_CHANNELS } from '../types.ts';
import type { PlaybookInput } from './schema.ts';
import { boundaryLadder, calm, help, ignoreWritten } from './steps.ts';

export const vulgarity: PlaybookInput = {
  kind: 'vulgarity',
  version: '2026-11-23.1',
  start: 'calm',
  steps: {
    calm: calm([
      { id: 'calmed', label: 'choice.calmed', next: 'empathise' },
      { id: 'keeps_swearing', label: 'choice.keeps_swearing', next: 'boundary_vulgar' },
      {
        id: 'written_ignore',
        label: 'choice.written_ignore',
        next: 'ignore_written',
        when: { channels: [...WRITTEN_CHANNELS] },
      },
    ]),
    ...boundaryLadder('boundary_vulgar', 'vulgarity'),
    ignore_written: ignoreWritten(),
    ...help('boundary_vulgar'),
  },
};

export const insult: PlaybookInput = {
  kind: 'insult',
  version: '2026-11-23.1',
  start: 'calm',
  steps: {
    calm: calm([
      { id: 'calmed', label: 'choice.calmed', next: 'empathise' },
      { id: 'keeps_insulting', label: 'choice.keeps_insulting', next: 'boundary_insult' },
      {
        id: 'written_ignore',
        label: 'choice.written_ignore',
        next: 'ignore_written',
        when: { channels: [...WRITTEN_CHANNELS] },
      },
    ]),
    ...boundaryLadder('boundary_insult', 'insult'),
    ignore_written: ignoreWritten(),
    ...help('boundary_insult'),
  },
};

/** Angry or abusive without swearing, insults or threats: calm, HELP, a boundary if it turns abusive. */
export const hostile: PlaybookInput = {
  kind: 'hostile',
  version: '2026-11-23.1',
  start: 'calm',
  steps: {
    calm: calm([
      { id: 'calmed', label: 'choice.calmed', next: 'empathise' },
      { id: 'abusive', label: 'choice.getting_abusive', next: 'boundary_hostile' },
      { id: 'insist_senior', label: 'choice.insist_senior', next: 'senior' },
    ]),
    ...boundaryLadder('boundary_hostile', 'hostility'),
    ...help('boundary_hostile'),
  },
};
