import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ChargeWalletRequest, PaymentView, RPC, RpcRequest } from '@platter/contracts';
import { RpcEndpoint, requireActor, validData } from '@platter/service-kit';
import { ChargeWalletService } from './charge-wallet.service';

@Controller()
export class ChargeWalletRpc {
  constructor(private readonly service: ChargeWalletService) {}

  @RpcEndpoint(RPC.payments.chargeWallet)
  charge(@Payload() req: RpcRequest<unknown>): Promise<PaymentView> {
    const actor = requireActor(req, 'customer', 'admin');
    return this.service.charge(actor, validData(ChargeWalletRequest, req.data).order_id);
  }
}
