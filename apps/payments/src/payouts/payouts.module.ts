import { Module } from '@nestjs/common';
import { CommissionRepository } from '../commissions/commission.repository';
import { TransactionsModule } from '../transactions/transactions.module';
import { WalletModule } from '../wallet/wallet.module';
import { RequestDriverPayoutRpc } from './commands/request-driver-payout/request-driver-payout.rpc';
import { RunPayoutsRpc } from './commands/run-payouts/run-payouts.rpc';
import { SetPayoutStatusRpc } from './commands/set-payout-status/set-payout-status.rpc';
import { PayoutCycleJob } from './payout-cycle.job';
import { PayoutRepository } from './payout.repository';
import { PayoutsService } from './payouts.service';
import { ListPayoutsRpc } from './queries/list-payouts/list-payouts.rpc';

/** Payouts to restaurants (by cycle) and drivers (on request), decided paid or failed by finance. */
@Module({
  imports: [TransactionsModule, WalletModule],
  controllers: [RequestDriverPayoutRpc, ListPayoutsRpc, RunPayoutsRpc, SetPayoutStatusRpc],
  providers: [PayoutRepository, CommissionRepository, PayoutsService, PayoutCycleJob],
  exports: [PayoutsService, PayoutRepository, CommissionRepository],
})
export class PayoutsModule {}
