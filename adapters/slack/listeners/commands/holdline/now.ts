/** `/holdline now`: who in the supervisor's teams is in a difficult contact right now, and their limits. */
import { errorText } from '../../../../../src/app/errors.ts';
import { text } from '../../../../../src/engine/index.ts';
import { agentIdOf } from '../../../deps.ts';
import { boardText } from '../../../render/board.ts';
import type { HoldlineSubcommand } from './types.ts';

export const now: HoldlineSubcommand = {
  name: 'now',
  helpKey: 'slack.holdline.now_line',
  async run({ d, user, locale }) {
    const r = await d.services.team.boardsFor(agentIdOf(user));
    if (!r.ok) return r.error.code === 'not_supervisor' ? text(locale, 'board.refused') : errorText(locale, r.error);
    return boardText(r.value, locale, d.services.clock.now());
  },
};
