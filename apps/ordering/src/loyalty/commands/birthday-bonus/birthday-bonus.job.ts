import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';
import { OrderingConfig } from '../../../ordering.config';
import { CustomerProfileRepository } from '../../../referrals/customer-profile.repository';
import { LoyaltyLedger } from '../../loyalty-ledger';
import { birthdaysDue, calendarDayIn } from '../../loyalty-points';
import { birthdayEarning } from '../../rewards';

const BATCH = 200;

/**
 * The yearly birthday bonus: on every replica, every LOYALTY_BIRTHDAY_CHECK_MINUTES, customers whose
 * birthday is today (or was in the last days of the same year, if the job could not run then) get
 * 1000 points, once per calendar year: the ledger's key `birthday:<customer>:<year>` decides, so
 * replicas running together and reruns give nothing twice.
 */
@Injectable()
export class BirthdayBonusJob implements OnApplicationShutdown {
  private readonly log = new Logger(BirthdayBonusJob.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly tx: TransactionHost,
    private readonly ledger: LoyaltyLedger,
    private readonly config: OrderingConfig,
    private readonly profiles: CustomerProfileRepository,
  ) {}

  /** Called once the schema is migrated (lifecycle hooks also run in `migrate` mode). */
  start(): void {
    const minutes = this.config.LOYALTY_BIRTHDAY_CHECK_MINUTES;
    if (minutes === 0 || this.timer) return;
    const tick = () => {
      this.run().catch((err: unknown) => this.log.warn(`birthday bonus run failed: ${(err as Error).message}`));
    };
    tick();
    this.timer = setInterval(tick, minutes * 60_000);
    this.timer.unref();
  }

  /** Gives every bonus due at `now`; returns how many were given. */
  async run(now = new Date()): Promise<number> {
    const today = calendarDayIn(this.config.LOYALTY_TIME_ZONE, now);
    const due = birthdaysDue(today);
    const months = due.map((d) => Number(d.slice(0, 2)));
    const days = due.map((d) => Number(d.slice(3, 5)));
    let given = 0;
    for (;;) {
      const rows = await this.profiles.birthdaysWithoutBonus({ months, days }, today.year, BATCH);
      let credited = 0;
      for (const customer_id of rows) {
        // One transaction each: a bonus given is never held back by another customer's failure.
        if (await this.tx.run(() => this.ledger.earn(birthdayEarning(customer_id, today.year)))) credited++;
      }
      given += credited;
      // Another replica took the rest of this batch meanwhile, or there is nothing left: stop.
      if (rows.length < BATCH || credited === 0) break;
    }
    if (given > 0) this.log.log(`gave ${given} birthday bonus(es) for ${today.year}-${String(today.month).padStart(2, '0')}-${String(today.day).padStart(2, '0')}`);
    return given;
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
