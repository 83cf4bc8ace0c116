/**
 * The team file used by the terminal when no HOLDLINE_CONFIG is given: one team, two escalation
 * levels and the threat recipients, all terminal names, so a demo or a training run shows every page
 * as it would be sent instead of telling the agent that nobody can be reached.
 */
import { parseTeamFile, type TeamFile } from './team-file.ts';

const DEMO = `
defaults:
  team: terminal
threats:
  security: { console: [security] }
  legal: { console: [legal] }
teams:
  terminal:
    name: Terminal demo team
    members: []
    escalation:
      levels:
        - supervisors: [console:supervisor]
          ackTimeoutMinutes: 3
          repeat: 1
        - supervisors: [console:manager]
          ackTimeoutMinutes: 5
          repeat: 1
      channels:
        console: [pages]
`;

export const demoTeamFile = (): TeamFile => parseTeamFile(DEMO, 'built-in terminal demo team');
