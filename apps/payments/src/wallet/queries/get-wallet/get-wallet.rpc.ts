import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AdminCreditWalletRequest, AdminWalletRequest, Page, RPC, RpcRequest, WalletCreditView, WalletEntriesRequest, WalletEntryView, WalletQueryRequest, WalletView } from '@platter/contracts';
import { RpcEndpoint, pageOf, requireActor, validData } from '@platter/service-kit';
import { RequestKeys } from '../payments/request-keys';
import { WalletBook } from './wallet-book';

/** GET /client/wallet, GET /client/wallet/transactions, POST /admin/wallets/:user_id/credit, GET /admin/wallets/:user_id. */
@Controller()
export class WalletHandler {
  constructor(
    private readonly wallets: WalletBook,
    private readonly keys: RequestKeys,
  ) {}

  @RpcEndpoint(RPC.payments.getWallet)
  get(@Payload() req: RpcRequest<unknown>): Promise<WalletView> {
    const actor = requireActor(req, 'customer');
    return this.wallets.view(actor.user_id, validData(WalletQueryRequest, req.data).currency);
  }

  @RpcEndpoint(RPC.payments.listWalletEntries)
  async entries(@Payload() req: RpcRequest<unknown>): Promise<Page<WalletEntryView>> {
    const actor = requireActor(req, 'customer');
    const query = validData(WalletEntriesRequest, req.data);
    const { items, total } = await this.wallets.entries(actor.user_id, this.wallets.currencyOr(query.currency), query.page, query.limit);
    return pageOf(items, query, total);
  }

  @RpcEndpoint(RPC.payments.adminCreditWallet)
  credit(@Payload() req: RpcRequest<unknown>): Promise<WalletCreditView> {
    const actor = requireActor(req, 'admin');
    const data = validData(AdminCreditWalletRequest, req.data);
    return this.keys.run(actor.user_id, data.idempotency_key, 'admin-wallet-credit', data, () =>
      this.wallets.credit(actor.user_id, data.user_id, data.amount, data.currency, data.reason.trim()),
    );
  }

  @RpcEndpoint(RPC.payments.adminGetWallet)
  adminGet(@Payload() req: RpcRequest<unknown>): Promise<WalletView> {
    requireActor(req, 'admin');
    const data = validData(AdminWalletRequest, req.data);
    return this.wallets.view(data.user_id, data.currency, 20);
  }
}
