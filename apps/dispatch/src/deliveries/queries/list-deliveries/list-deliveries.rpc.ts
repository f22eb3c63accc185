import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { isUUID } from 'class-validator';
import { DeliveryView, ListDeliveriesData, RPC, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { requireActor, RpcEndpoint } from '@platter/service-kit';
import { DeliveryException } from '../../delivery.exception';
import { Delivery } from '../../delivery.entity';
import { toDeliveryView } from '../../delivery.view';

@Controller()
export class ListDeliveriesHandler {
  constructor(private readonly tx: TransactionHost) {}

  /** For admins and for callers inside the fleet (no actor); drivers get their own routes later. */
  @RpcEndpoint(RPC.dispatch.listDeliveries)
  async list(@Payload() req: RpcRequest<ListDeliveriesData>): Promise<DeliveryView[]> {
    // Operators' view: an anonymous request never gets here (null actor is not a trusted caller).
    requireActor(req, 'admin');
    const orderId = req.data?.order_id;
    if (orderId !== undefined && !isUUID(orderId)) throw DeliveryException.invalidInput('order_id', 'order_id must be a UUID');
    const rows = await this.tx.repository(Delivery).find({
      where: orderId ? { order_id: orderId } : {},
      order: { created_at: 'DESC' },
      take: 100,
    });
    return rows.map(toDeliveryView);
  }
}
