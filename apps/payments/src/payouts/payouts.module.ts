import { Module } from '@nestjs/common';
import { PaymentsCoreModule } from '../payments/payments-core.module';
import { PayoutCycleJob } from './payout-cycle.job';
import { PayoutsHandler } from './payouts.handler';
import { PayoutsService } from './payouts.service';

@Module({
  imports: [PaymentsCoreModule],
  controllers: [PayoutsHandler],
  providers: [PayoutsService, PayoutCycleJob],
  exports: [PayoutsService],
})
export class PayoutsModule {}
