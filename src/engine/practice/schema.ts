/**
 * Practice scenarios as data (issue 22), validated by zod at load like the playbooks. A scenario is a
 * simulated customer: an incident kind, a channel, a customer type (field guide §9), what the contact
 * needs to end well, and the customer's opening in every shipped language. The customer's reactions to
 * the agent's moves come from the shared bank in reactions.ts.
 */
import { z } from 'zod';
import { CONTACT_CHANNELS, INCIDENT_KINDS, LOCALES, type Locale } from '../types.ts';

/** Field guide §9. */
export const CUSTOMER_TYPES = ['active_hater', 'extreme_critic', 'was_happy', 'still_happy'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

/**
 * What the contact needs to end well: a resolution after calming; the last-resort line and an ending
 * after telling the customer; a supervisor; or a physical threat reported (and a supervisor paged).
 */
export const NEEDS = ['resolution', 'last_resort', 'supervisor', 'threat'] as const;
export type Need = (typeof NEEDS)[number];

const line = z.string().trim().min(3).max(400);
/** Lines in every shipped language; several lines are variants, one picked by the seed. */
export const LinesSchema = z
  .object(Object.fromEntries(LOCALES.map((l) => [l, z.array(line).min(1)])) as Record<Locale, z.ZodArray<typeof line>>)
  .strict();
export type Lines = Readonly<Record<Locale, readonly string[]>>;

export const ScenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'scenario ids are snake_case'),
    kind: z.enum(INCIDENT_KINDS),
    channel: z.enum(CONTACT_CHANNELS),
    customer: z.enum(CUSTOMER_TYPES),
    need: z.enum(NEEDS),
    /** The customer's hostility at the start, 1–5 (as the engine counts it). */
    hostility: z.number().int().min(1).max(5),
    complexity: z.number().int().min(1).max(5),
    /** A physical threat the customer makes after this many of the agent's moves (0: in the opening). */
    threatAt: z.number().int().min(0).max(6).optional(),
    opening: LinesSchema,
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.need === 'threat' && s.threatAt === undefined && s.kind !== 'physical_threat')
      ctx.addIssue({ code: 'custom', message: `${s.id}: a threat scenario says when the threat comes (threatAt)` });
  });

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
