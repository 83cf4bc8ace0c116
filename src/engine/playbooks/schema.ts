import { z } from 'zod';
import { isMessageKey, type MessageKey } from '../i18n/catalogue.ts';
import { CONTACT_CHANNELS, INCIDENT_KINDS, OUTCOMES, WRITTEN_CHANNELS } from '../types.ts';

const textKey = z
  .string()
  .refine(isMessageKey, { message: 'not a key of the English catalogue' }) as z.ZodType<MessageKey>;
const stepId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'step ids are snake_case');

/** What happens when a step is entered. */
export const EnterEffectSchema = z.discriminatedUnion('type', [
  /** A boundary warning given to the customer (counted). */
  z.object({ type: z.literal('warn') }),
  /** The agent tells the customer the conversation is ending; only after this may it end. */
  z.object({ type: z.literal('tell_ending') }),
  z.object({ type: z.literal('report_threat'), to: z.enum(['security', 'legal']) }),
  z.object({
    type: z.literal('flag_customer'),
    kind: z.enum(['vulgarity', 'insult', 'legal_threat', 'physical_threat', 'hostility']),
  }),
  z.object({
    type: z.literal('escalate'),
    reason: z.enum(['customer_insists', 'more_experienced', 'physical_threat']),
  }),
]);

const GuardSchema = z
  .object({
    channels: z.array(z.enum(CONTACT_CHANNELS)).min(1).optional(),
    warningsBelow: z.number().int().min(1).optional(),
    warningsAtLeast: z.number().int().min(1).optional(),
  })
  .strict();

const ChoiceSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/),
    label: textKey,
    next: stepId.optional(),
    outcome: z.enum(OUTCOMES).optional(),
    when: GuardSchema.optional(),
  })
  .strict()
  .refine((c) => (c.next === undefined) !== (c.outcome === undefined), {
    message: 'a choice leads either to a next step or to an outcome',
  });

const StepSchema = z
  .object({
    title: textKey,
    guidance: z.array(textKey).min(1),
    say: z.array(textKey).min(1, 'every step offers at least one "say instead" phrase (field guide §11)'),
    onEnter: z.array(EnterEffectSchema).default([]),
    /** Shows what to do if anyone is in immediate danger (the team's emergency number, by channel). */
    emergency: z.boolean().optional(),
    choices: z.array(ChoiceSchema).min(1),
  })
  .strict();

export const PlaybookSchema = z
  .object({
    kind: z.enum(INCIDENT_KINDS),
    version: z.string().min(1),
    start: stepId,
    /** Effects fired when the session starts (e.g. a physical threat pages at once). */
    onStart: z.array(EnterEffectSchema).default([]),
    steps: z.record(stepId, StepSchema),
  })
  .strict()
  .superRefine((pb, ctx) => {
    const ids = new Set(Object.keys(pb.steps));
    if (!ids.has(pb.start)) ctx.addIssue({ code: 'custom', message: `start step "${pb.start}" does not exist` });
    for (const [id, step] of Object.entries(pb.steps)) {
      const seen = new Set<string>();
      const tells = step.onEnter.some((e) => e.type === 'tell_ending');
      for (const choice of step.choices) {
        const where = `${pb.kind}.${id}.${choice.id}`;
        if (seen.has(choice.id)) ctx.addIssue({ code: 'custom', message: `${where}: duplicate choice id` });
        seen.add(choice.id);
        if (choice.next !== undefined && !ids.has(choice.next))
          ctx.addIssue({ code: 'custom', message: `${where}: next step "${choice.next}" does not exist` });
        if ((choice.outcome === 'ended_after_warning' || choice.outcome === 'ended_for_safety') && !tells)
          ctx.addIssue({
            code: 'custom',
            message: `${where}: a conversation may end only on a step that tells the customer`,
          });
        const written = choice.when?.channels?.every((c) => WRITTEN_CHANNELS.includes(c)) ?? false;
        if (choice.outcome === 'ignored_written' && !written)
          ctx.addIssue({ code: 'custom', message: `${where}: ignoring abuse is offered on written channels only` });
      }
    }
  });

export type Playbook = z.infer<typeof PlaybookSchema>;
export type PlaybookInput = z.input<typeof PlaybookSchema>;
export type PlaybookStep = Playbook['steps'][string];
export type Choice = PlaybookStep['choices'][number];
export type EnterEffect = z.infer<typeof EnterEffectSchema>;
