import { Module } from '@nestjs/common';
import { EarningRepository } from './earning.repository';
import { PayoutsModule } from '../payouts/payouts.module';
import { DriverEarningsRpc } from './queries/driver-earnings/driver-earnings.rpc';
import { DriverEarningsService } from './queries/driver-earnings/driver-earnings.service';

@Module({
  imports: [PayoutsModule],
  controllers: [DriverEarningsRpc],
  providers: [EarningRepository, DriverEarningsService],
})
export class EarningsModule {}
