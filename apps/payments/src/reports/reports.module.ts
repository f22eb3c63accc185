import { Module } from '@nestjs/common';
import { PayoutsModule } from '../payouts/payouts.module';
import { MoneyReportsRpc } from './queries/money-reports/money-reports.rpc';
import { MoneyReportsService } from './queries/money-reports/money-reports.service';

@Module({
  imports: [PayoutsModule],
  controllers: [MoneyReportsRpc],
  providers: [MoneyReportsService],
})
export class ReportsModule {}
