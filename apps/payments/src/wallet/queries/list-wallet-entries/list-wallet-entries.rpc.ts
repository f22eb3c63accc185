import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { Page, RPC, RpcRequest, WalletEntriesRequest, WalletEntryView } from '@platter/contracts';
import { RpcEndpoint, pageOf, requireActor, validData } from '@platter/service-kit';
import { WalletBook } from '../../wallet-book';

/** GET /client/wallet/transactions: the customer's wallet entries, newest first. */
@Controller()
export class ListWalletEntriesRpc {
  constructor(private readonly wallets: WalletBook) {}

  @RpcEndpoint(RPC.payments.listWalletEntries)
  async entries(@Payload() req: RpcRequest<unknown>): Promise<Page<WalletEntryView>> {
    const actor = requireActor(req, 'customer');
    const query = validData(WalletEntriesRequest, req.data);
    const { items, total } = await this.wallets.entries(actor.user_id, this.wallets.currencyOr(query.currency), query.page, query.limit);
    return pageOf(items, query, total);
  }
}
