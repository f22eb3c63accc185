import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ListPaymentsRequest, PaymentView, RPC, RpcRequest } from '@platter/contracts';
import { RpcEndpoint, requireActor, validData } from '@platter/service-kit';
import { PaymentRepository } from '../../payment.repository';
import { toPaymentView } from '../../payment.view';

@Controller()
export class ListPaymentsRpc {
  constructor(private readonly payments: PaymentRepository) {}

  /** For admins and for callers inside the fleet (no actor); customers get their own routes later. */
  @RpcEndpoint(RPC.payments.listPayments)
  async list(@Payload() req: RpcRequest<unknown>): Promise<PaymentView[]> {
    // Operators' view: an anonymous request never gets here (null actor is not a trusted caller).
    requireActor(req, 'admin');
    const orderId = validData(ListPaymentsRequest, req.data).order_id;
    return (await this.payments.list(orderId)).map(toPaymentView);
  }
}
