import { runService } from '@platter/service-kit';
import { PaymentsConfig } from './payments.config';
import { paymentsModule } from './payments.module';
import { AttemptPoller } from './providers/polling/attempt-poller';

void runService({
  service: 'payments',
  config: PaymentsConfig,
  module: paymentsModule,
  // Background work starts once the schema is migrated (lifecycle hooks would also run in migrate mode).
  prepare: (app) => {
    app.get(AttemptPoller).start();
  },
});
