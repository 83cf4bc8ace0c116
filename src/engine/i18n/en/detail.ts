/** English catalogue: the detail sentences that follow an error (`{detail}` in `error.*`). */
export const detail = {
  'detail.complexity_range': 'Complexity is {min} to {max}.',
  'detail.end_after_telling': 'end the conversation only after telling the customer.',
  'detail.written_only': 'abuse may be left unanswered on written channels only.',
  'detail.whole_number': 'Enter a whole number from {min} to {max}.',
} as const;
