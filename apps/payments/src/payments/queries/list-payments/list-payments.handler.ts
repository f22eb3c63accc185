import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { isUUID } from 'class-validator';
import { ListPaymentsData, PaymentView, RPC, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { requireActor } from '@platter/service-kit';
import { PaymentException } from '../../payment.exception';
import { Payment } from '../../payment.entity';
import { toPaymentView } from '../../payment.view';

@Controller()
export class ListPaymentsHandler {
  constructor(private readonly tx: TransactionHost) {}

  /** For admins and for callers inside the fleet (no actor); customers get their own routes later. */
  @MessagePattern(RPC.payments.listPayments)
  async list(@Payload() req: RpcRequest<ListPaymentsData>): Promise<PaymentView[]> {
    // Operators' view: an anonymous request never gets here (null actor is not a trusted caller).
    requireActor(req, 'admin');
    const orderId = req.data?.order_id;
    if (orderId !== undefined && !isUUID(orderId)) throw PaymentException.invalidInput('order_id', 'order_id must be a UUID');
    const rows = await this.tx.repository(Payment).find({
      where: orderId ? { order_id: orderId } : {},
      order: { created_at: 'DESC' },
      take: 100,
    });
    return rows.map(toPaymentView);
  }
}
