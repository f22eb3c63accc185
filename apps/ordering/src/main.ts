import { runService } from '@platter/service-kit';
import { OrderingConfig } from './ordering.config';
import { orderingModule } from './ordering.module';
import { BirthdayBonusJob } from './loyalty/commands/birthday-bonus/birthday-bonus.job';
import { SagaWatchdog } from './orders/saga/watchdog/saga-watchdog';

void runService({
  service: 'ordering',
  config: OrderingConfig,
  module: orderingModule,
  // After migrations, before taking requests (lifecycle hooks would also run in `migrate` mode).
  prepare: (app) => {
    app.get(SagaWatchdog).start();
    app.get(BirthdayBonusJob).start();
  },
});
