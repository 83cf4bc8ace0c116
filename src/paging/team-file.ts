/**
 * The team configuration file (HOLDLINE_CONFIG, YAML or JSON): teams, members, default limits, one
 * escalation policy per team, escalation channels per surface, and where threats are reported.
 * Validated by zod; every problem is reported as "path: problem", one per line.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { LIMIT_BOUNDS } from '../engine/types.ts';

const SURFACES = ['console', 'slack', 'discord'] as const;
const PERSON = /^(console|slack|discord):[A-Za-z0-9._@-]+$/;
// Slack user groups and Discord roles are kept as data: `slack:subteam:S0123`, `discord:role:42`.
const SUPERVISOR = /^((console|slack|discord):[A-Za-z0-9._@-]+|slack:subteam:[A-Z0-9]+|discord:role:\d+)$/;

const person = z.string().regex(PERSON, 'must be a person id like console:amira, slack:U0123 or discord:1234');
const supervisor = z
  .string()
  .regex(
    SUPERVISOR,
    'must be a person id (console:sam, slack:U0123, discord:1234) or a group (slack:subteam:S0123, discord:role:42)',
  );
/** A member: a person, or a Slack user group / Discord role whose people are members (asked of the platform). */
const member = z
  .string()
  .regex(
    SUPERVISOR,
    'must be a person id (console:amira, slack:U0123, discord:1234) or a group (slack:subteam:S0123, discord:role:42)',
  );
const bounded = (name: keyof typeof LIMIT_BOUNDS) =>
  z.number().int().min(LIMIT_BOUNDS[name].min).max(LIMIT_BOUNDS[name].max);
const limits = z.strictObject({
  minutes: bounded('minutes'),
  hostility: bounded('hostility'),
  complexity: bounded('complexity'),
});
/** Channel ids per surface, e.g. { slack: [C0123], discord: ['998877'], console: [pages] }. */
const perSurface = z.strictObject(
  Object.fromEntries(
    SURFACES.map((s) => [s, z.array(z.string().regex(/^[A-Za-z0-9._-]+$/, 'must be a channel id')).optional()]),
  ) as Record<(typeof SURFACES)[number], z.ZodOptional<z.ZodArray<z.ZodString>>>,
);
const threats = z.strictObject({ security: perSurface.optional(), legal: perSurface.optional() });
/** One channel id per surface, e.g. { slack: C0123, discord: '998877' }. */
const channelPerSurface = z.strictObject(
  Object.fromEntries(
    SURFACES.map((s) => [
      s,
      z
        .string()
        .regex(/^[A-Za-z0-9._-]+$/, 'must be a channel id')
        .optional(),
    ]),
  ) as Record<(typeof SURFACES)[number], z.ZodOptional<z.ZodString>>,
);
/** The team's decompression channels (docs/checkins.md); HOLDLINE_PEER_CHANNEL / HOLDLINE_CHECKIN_CHANNEL otherwise. */
const care = z.strictObject({
  peer: channelPerSurface.optional(),
  checkin: channelPerSurface.optional(),
  /**
   * Who an agent can turn to when their own check-ins have been low for a week (issue 21): shown only to
   * that agent, under their trend. Free text: a name, a phone number, an internal page.
   */
  support: z.string().trim().min(1).max(300).optional(),
});

const level = z.strictObject({
  supervisors: z.array(supervisor).min(1, 'name at least one supervisor'),
  ackTimeoutMinutes: z.number().int().min(1).max(1440),
  repeat: z.number().int().min(0).max(20).default(0),
});

/** What to do if anyone is in immediate danger: the local emergency number and a sentence in the team's language. */
const emergency = z.strictObject({
  number: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 -]{1,19}$/, 'must be a telephone number like 112, 999 or 911'),
  note: z.string().trim().min(1).max(300).optional(),
});

const team = z.strictObject({
  name: z.string().min(1).optional(),
  emergency: emergency.optional(),
  members: z.array(member).default([]),
  limits: limits.optional(),
  escalation: z.strictObject({
    levels: z.array(level).min(1, 'an escalation policy needs at least one level'),
    channels: perSurface.default({}),
  }),
  threats: threats.optional(),
  care: care.optional(),
});

export const TeamFileSchema = z
  .strictObject({
    defaults: z
      .strictObject({ limits: limits.optional(), team: z.string().optional(), emergency: emergency.optional() })
      .default({}),
    threats: threats.default({}),
    /** People who may read and remove flags, export threat records and see boards across every team (docs/security.md). */
    admins: z.array(person).default([]),
    teams: z.record(z.string(), team),
  })
  // Checks across teams; zod runs them once each team is valid on its own.
  .superRefine((file, ctx) => {
    for (const id of Object.keys(file.teams))
      if (!/^[a-z0-9][a-z0-9_-]*$/.test(id))
        ctx.addIssue({
          code: 'custom',
          path: ['teams', id],
          message: 'team ids are lower-case letters, digits, - and _',
        });
    const seen = new Map<string, string>();
    for (const [id, t] of Object.entries(file.teams))
      for (const [i, m] of t.members.entries()) {
        const other = seen.get(m);
        if (other !== undefined && other !== id)
          ctx.addIssue({
            code: 'custom',
            path: ['teams', id, 'members', i],
            message: `${m} is already a member of team ${other}`,
          });
        seen.set(m, id);
      }
    if (file.defaults.team !== undefined && !(file.defaults.team in file.teams))
      ctx.addIssue({
        code: 'custom',
        path: ['defaults', 'team'],
        message: `no team "${file.defaults.team}" is defined`,
      });
  });

export type TeamFile = z.infer<typeof TeamFileSchema>;
export type TeamConfig = TeamFile['teams'][string];
export type PerSurface = z.infer<typeof perSurface>;
export type CareChannelsConfig = z.infer<typeof care>;

export class TeamFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`The team configuration ${file} is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'TeamFileError';
  }
}

/** Parses and validates the text of a team file (YAML; JSON is YAML too). */
export function parseTeamFile(text: string, file = 'holdline.yaml'): TeamFile {
  let raw: unknown;
  try {
    raw = parseYaml(text, { prettyErrors: true });
  } catch (err) {
    const where = err instanceof YAMLParseError && err.linePos ? `line ${err.linePos[0].line}` : '(file)';
    throw new TeamFileError(file, [`${where}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`]);
  }
  const parsed = TeamFileSchema.safeParse(raw ?? {});
  if (!parsed.success)
    throw new TeamFileError(
      file,
      parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(top level)'}: ${i.message}`),
    );
  return parsed.data;
}

export function readTeamFile(path: string): TeamFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new TeamFileError(path, [`(file): cannot read it (${(err as NodeJS.ErrnoException).code ?? String(err)})`]);
  }
  return parseTeamFile(text, path);
}

/** `{ slack: [C1] }` → `['slack:C1']`. */
export const prefixed = (channels: PerSurface | undefined): string[] =>
  Object.entries(channels ?? {}).flatMap(([surface, ids]) => (ids ?? []).map((id) => `${surface}:${id}`));
