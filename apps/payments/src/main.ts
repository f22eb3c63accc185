import { runService } from '@platter/service-kit';
import { PaymentsConfig } from './payments.config';
import { paymentsModule } from './payments.module';

void runService({ service: 'payments', config: PaymentsConfig, module: paymentsModule });
