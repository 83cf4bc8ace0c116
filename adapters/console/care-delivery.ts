/** Prints care effects in the terminal as they would be sent: pings, posts, nudges, break reminders. */
import { careText, type Locale } from '../../src/engine/index.ts';
import type { CareDelivery, CareItem } from '../../src/ports-care.ts';
import type { Printer } from './terminal.ts';

export class ConsoleCareDelivery implements CareDelivery {
  constructor(
    private readonly out: Printer,
    private readonly locale: Locale,
  ) {}

  async deliverCare(item: CareItem): Promise<void> {
    const e = item.effect;
    const line = careText(e, this.locale);
    const to =
      e.type === 'peerPing' || e.type === 'checkinPost'
        ? `→ ${e.channel}`
        : e.type === 'breakNotice' || e.type === 'supervisorNudge'
          ? `→ ${e.to.length > 0 ? e.to.join(', ') : 'supervisor'}`
          : null;
    this.out.print(to === null ? `\n  ! ${line}\n` : `\n  [${to}] ${line}\n`);
  }
}
