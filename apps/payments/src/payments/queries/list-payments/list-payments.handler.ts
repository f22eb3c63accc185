import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { isUUID } from 'class-validator';
import { ListPaymentsData, PaymentView, RPC, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { requireActor } from '@platter/service-kit';
import { PaymentException } from '../../payment.exception';
import { Payment } from '../../payment.entity';

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

function toPaymentView(p: Payment): PaymentView {
  return {
    id: p.id,
    order_id: p.order_id,
    restaurant_id: p.restaurant_id,
    customer_id: p.customer_id,
    method: p.method,
    provider: p.provider,
    amount: p.amount,
    currency: p.currency,
    status: p.status,
    created_at: p.created_at.toISOString(),
    updated_at: p.updated_at.toISOString(),
  };
}
