import { Module } from '@nestjs/common';
import { PayoutsModule } from '../payouts/payouts.module';
import { EarningsHandler } from './earnings.handler';
import { EarningsService } from './earnings.service';

@Module({
  imports: [PayoutsModule],
  controllers: [EarningsHandler],
  providers: [EarningsService],
})
export class EarningsModule {}
