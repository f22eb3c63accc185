import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AdminWalletRequest, RPC, RpcRequest, WalletQueryRequest, WalletView } from '@platter/contracts';
import { RpcEndpoint, requireActor, validData } from '@platter/service-kit';
import { WalletBook } from '../../wallet-book';

/** GET /client/wallet (the customer's own) and GET /admin/wallets/:user_id (any customer's, for admins). */
@Controller()
export class GetWalletRpc {
  constructor(private readonly wallets: WalletBook) {}

  @RpcEndpoint(RPC.payments.getWallet)
  get(@Payload() req: RpcRequest<unknown>): Promise<WalletView> {
    const actor = requireActor(req, 'customer');
    return this.wallets.view(actor.user_id, validData(WalletQueryRequest, req.data).currency);
  }

  @RpcEndpoint(RPC.payments.adminGetWallet)
  adminGet(@Payload() req: RpcRequest<unknown>): Promise<WalletView> {
    requireActor(req, 'admin');
    const data = validData(AdminWalletRequest, req.data);
    return this.wallets.view(data.user_id, data.currency, 20);
  }
}
