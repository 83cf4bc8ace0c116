/**
 * Who is in a Slack user group or holds a Discord role, as the platform says, cached briefly (docs/paging.md,
 * "groups and roles"). Membership is asked when someone clicks Acknowledge / Take over on a page; a list is
 * reused for MEMBERSHIP_CACHE_MS, and a person not on a list older than MEMBERSHIP_RECHECK_MS is looked up
 * again, so somebody just added to the group is not refused for a minute.
 */
export const MEMBERSHIP_CACHE_MS = 60_000;
export const MEMBERSHIP_RECHECK_MS = 5_000;

export class MembershipCache {
  private readonly lists = new Map<string, { at: number; members: ReadonlySet<string> }>();

  constructor(
    /** The members of one group (user ids), fresh from the platform. */
    private readonly fetch: (group: string) => Promise<readonly string[]>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether `person` (a platform user id) is in `group`. */
  async has(group: string, person: string): Promise<boolean> {
    const cached = this.lists.get(group);
    const age = cached === undefined ? Number.POSITIVE_INFINITY : this.now() - cached.at;
    if (cached !== undefined && age < MEMBERSHIP_CACHE_MS) {
      if (cached.members.has(person) || age < MEMBERSHIP_RECHECK_MS) return cached.members.has(person);
    }
    const members = new Set(await this.fetch(group));
    this.lists.set(group, { at: this.now(), members });
    return members.has(person);
  }

  /** The groups of `groups` that `person` is in. */
  async memberOf(groups: readonly string[], person: string): Promise<string[]> {
    const out: string[] = [];
    for (const g of groups) if (await this.has(g, person)) out.push(g);
    return out;
  }
}
