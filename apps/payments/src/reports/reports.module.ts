import { Module } from '@nestjs/common';
import { PayoutsModule } from '../payouts/payouts.module';
import { ReportsHandler } from './reports.handler';
import { ReportsService } from './reports.service';

@Module({
  imports: [PayoutsModule],
  controllers: [ReportsHandler],
  providers: [ReportsService],
})
export class ReportsModule {}
