import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { isUUID } from 'class-validator';
import { DeliveryView, ListDeliveriesData, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint } from '@platter/service-kit';
import { DeliveryException } from '../../delivery.exception';
import { DeliveryRepository } from '../../delivery.repository';
import { toDeliveryView } from '../../delivery.view';

@Controller()
export class ListDeliveriesRpc {
  constructor(private readonly deliveries: DeliveryRepository) {}

  /** For admins and for callers inside the fleet (no actor); drivers get their own routes later. */
  @RpcEndpoint(RPC.dispatch.listDeliveries)
  async list(@Payload() req: RpcRequest<ListDeliveriesData>): Promise<DeliveryView[]> {
    // Operators' view: an anonymous request never gets here (null actor is not a trusted caller).
    requireActor(req, 'admin');
    const orderId = req.data?.order_id;
    if (orderId !== undefined && !isUUID(orderId)) throw DeliveryException.invalidInput('order_id', 'order_id must be a UUID');
    const rows = await this.deliveries.newest(orderId, 100);
    return rows.map(toDeliveryView);
  }
}
