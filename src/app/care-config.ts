/**
 * Check-in channels and supervisors from config keys, until the team configuration file exists.
 * A channel value is one id for every surface ("C123") or per surface ("slack:C123,discord:456").
 */
import type { RosterDirectory } from '../ports.ts';
import type { CareChannels } from '../ports-care.ts';

export function parseSurfaceMap(value: string | undefined): (surface: string) => string | null {
  const v = value?.trim() ?? '';
  if (v === '') return () => null;
  const parts = v
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 1 && !(parts[0] as string).includes(':')) return () => parts[0] as string;
  const map = new Map<string, string>();
  for (const p of parts) {
    const i = p.indexOf(':');
    if (i > 0) map.set(p.slice(0, i), p.slice(i + 1));
  }
  // The terminal prints to itself: any configured id will do for display.
  return (surface) => map.get(surface) ?? (surface === 'console' ? (map.values().next().value ?? null) : null);
}

export function channelsFromConfig(peer: string | undefined, checkin: string | undefined): CareChannels {
  const p = parseSurfaceMap(peer);
  const c = parseSurfaceMap(checkin);
  return { peer: (surface) => p(surface), checkin: (surface) => c(surface) };
}

/** Every supervisor listed supervises every team (one team until the team configuration file exists). */
export class ConfigDirectory implements RosterDirectory {
  private readonly supervisors: readonly string[];
  constructor(supervisors: string | undefined) {
    this.supervisors = (supervisors ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  }
  teamOf(): string | null {
    return null;
  }
  isSupervisor(personId: string): boolean {
    return this.supervisors.includes(personId);
  }
  supervisorsOf(): readonly string[] {
    return this.supervisors;
  }
}
