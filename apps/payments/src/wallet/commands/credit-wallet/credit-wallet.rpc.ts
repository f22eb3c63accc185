import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AdminCreditWalletRequest, RPC, RpcRequest, WalletCreditView } from '@platter/contracts';
import { RpcEndpoint, requireActor, validData } from '@platter/service-kit';
import { RequestKeys } from '../../../transactions/request-keys';
import { WalletBook } from '../../wallet-book';

/** POST /admin/wallets/:user_id/credit: a goodwill credit, recorded with the admin and the reason. */
@Controller()
export class CreditWalletRpc {
  constructor(
    private readonly wallets: WalletBook,
    private readonly keys: RequestKeys,
  ) {}

  @RpcEndpoint(RPC.payments.adminCreditWallet)
  credit(@Payload() req: RpcRequest<unknown>): Promise<WalletCreditView> {
    const actor = requireActor(req, 'admin');
    const data = validData(AdminCreditWalletRequest, req.data);
    return this.keys.inTransaction(actor.user_id, data.idempotency_key, 'admin-wallet-credit', data, () =>
      this.wallets.credit(actor.user_id, data.user_id, data.amount, data.currency, data.reason.trim()),
    );
  }
}
