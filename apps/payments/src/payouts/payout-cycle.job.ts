import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { PaymentsConfig } from '../payments.config';
import { PayoutsService } from './payouts.service';

/** Every PAYOUT_RUN_INTERVAL_MINUTES, due commission records become restaurant payouts (0 = only on request). */
@Injectable()
export class PayoutCycleJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('PayoutCycle');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly payouts: PayoutsService,
    @Inject(PaymentsConfig) private readonly config: PaymentsConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.PAYOUT_RUN_INTERVAL_MINUTES) return;
    this.timer = setInterval(() => {
      this.payouts
        .runRestaurantPayouts()
        .then((made) => made.length && this.log.log(`${made.length} restaurant payouts created`))
        .catch((err: Error) => this.log.warn(`payout run failed: ${err.message}`));
    }, this.config.PAYOUT_RUN_INTERVAL_MINUTES * 60_000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
