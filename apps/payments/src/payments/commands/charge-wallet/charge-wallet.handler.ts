import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { PaymentView, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, validData } from '@platter/service-kit';
import { ChargeWalletRequest } from '../../../wallet/wallet.requests';
import { ChargeWalletService } from './charge-wallet.service';

@Controller()
export class ChargeWalletHandler {
  constructor(private readonly service: ChargeWalletService) {}

  @MessagePattern(RPC.payments.chargeWallet)
  charge(@Payload() req: RpcRequest<unknown>): Promise<PaymentView> {
    const actor = requireActor(req, 'customer', 'admin');
    return this.service.charge(actor, validData(ChargeWalletRequest, req.data).order_id);
  }
}
