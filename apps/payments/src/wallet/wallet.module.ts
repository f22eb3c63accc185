import { Module } from '@nestjs/common';
import { TransactionsModule } from '../transactions/transactions.module';
import { CreditWalletRpc } from './commands/credit-wallet/credit-wallet.rpc';
import { Ledger } from './ledger';
import { LedgerRepository } from './ledger.repository';
import { GetWalletRpc } from './queries/get-wallet/get-wallet.rpc';
import { ListWalletEntriesRpc } from './queries/list-wallet-entries/list-wallet-entries.rpc';
import { WalletBook } from './wallet-book';

/** The ledger (every movement of money, balanced) and customers' wallets over it; every other money feature builds on it. */
@Module({
  imports: [TransactionsModule],
  controllers: [GetWalletRpc, ListWalletEntriesRpc, CreditWalletRpc],
  providers: [LedgerRepository, Ledger, WalletBook],
  exports: [LedgerRepository, Ledger, WalletBook],
})
export class WalletModule {}
