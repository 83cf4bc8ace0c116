import { describe, expect, it } from 'vitest';
import { ACTIONS, actionEvent, isControlAction, OUTCOMES, SUPERVISOR_REASONS } from '../../src/engine/index.ts';

describe('actionEvent: the one mapping from a control to a session event', () => {
  it('maps every always-available action that takes no argument', () => {
    expect(actionEvent('worse')).toEqual({ type: 'hostility', direction: 'worse' });
    expect(actionEvent('better')).toEqual({ type: 'hostility', direction: 'better' });
    expect(actionEvent('threat_physical')).toEqual({ type: 'threat', kind: 'physical' });
    expect(actionEvent('threat_legal')).toEqual({ type: 'threat', kind: 'legal' });
  });

  it('needs a reason for supervisor and an outcome for close, and takes only the offered ones', () => {
    for (const reason of SUPERVISOR_REASONS) {
      expect(actionEvent('supervisor', reason)).toEqual({ type: 'escalate', reason });
    }
    for (const outcome of OUTCOMES) expect(actionEvent('close', outcome)).toEqual({ type: 'close', outcome });
    expect(actionEvent('supervisor')).toBeNull();
    expect(actionEvent('supervisor', 'because')).toBeNull();
    expect(actionEvent('close')).toBeNull();
    expect(actionEvent('close', 'vanished')).toBeNull();
  });

  it('takes a choice id for choose and one digit for complexity', () => {
    expect(actionEvent('choose', 'calmed')).toEqual({ type: 'choose', choiceId: 'calmed' });
    expect(actionEvent('choose', '')).toBeNull();
    expect(actionEvent('choose')).toBeNull();
    expect(actionEvent('complexity', '4')).toEqual({ type: 'complexity', value: 4 });
    expect(actionEvent('complexity', '42')).toBeNull();
    expect(actionEvent('complexity', 'x')).toBeNull();
    expect(actionEvent('complexity')).toBeNull();
  });

  it('takes whole hours (1 to 336) for follow_up and leaves the time to the engine', () => {
    expect(actionEvent('follow_up', '4')).toEqual({ type: 'follow_up_in', hours: 4 });
    expect(actionEvent('follow_up', '336')).toEqual({ type: 'follow_up_in', hours: 336 });
    for (const bad of [undefined, '', '0', '337', '1.5', '-1', 'x', '0004'])
      expect(actionEvent('follow_up', bad)).toBeNull();
    expect(isControlAction('follow_up')).toBe(true);
  });

  it('refuses actions Holdline never renders', () => {
    expect(actionEvent('delete_everything', 'x')).toBeNull();
    expect(actionEvent('')).toBeNull();
    expect(isControlAction('delete_everything')).toBe(false);
  });

  it('knows every action a step shows (so no surface renders a control the engine cannot map)', () => {
    for (const action of ACTIONS) {
      expect(isControlAction(action)).toBe(true);
      const arg = action === 'supervisor' ? SUPERVISOR_REASONS[0] : action === 'close' ? OUTCOMES[0] : undefined;
      expect(actionEvent(action, arg)).not.toBeNull();
    }
  });
});
