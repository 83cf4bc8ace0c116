/** Holdline agent ids for Discord users: `discord:<user id>`. */
export const agentIdOf = (userId: string): string => `discord:${userId}`;

/** The Discord user id inside an agent id, or null if the session is not a Discord agent's. */
export const userIdOf = (agentId: string): string | null => {
  const m = /^discord:(\d{1,20})$/.exec(agentId);
  return m?.[1] ?? null;
};
