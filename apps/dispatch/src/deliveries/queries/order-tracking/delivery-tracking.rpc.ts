import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { IsUUID } from 'class-validator';
import { DeliveryTrackingView, ForbiddenError, NotFoundError, OrderTrackingData, RPC, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { DispatchConfig } from '../../../dispatch.config';
import { Driver } from '../../../drivers/driver.entity';
import { Delivery } from '../../delivery.entity';
import { deliveryTrackingView, maySeeDelivery } from './delivery-tracking';

class DeliveryTrackingRequest implements OrderTrackingData {
  @IsUUID() order_id: string;
}

/** `dispatch.deliveries.tracking`: the gateway's replay of where an order's driver is (socket order rooms). */
@Controller()
export class DeliveryTrackingHandler {
  constructor(
    private readonly tx: TransactionHost,
    private readonly config: DispatchConfig,
  ) {}

  @RpcEndpoint(RPC.dispatch.deliveryTracking)
  async handle(@Payload() req: RpcRequest<unknown>): Promise<DeliveryTrackingView> {
    const actor = requireActor(req);
    const { order_id } = validData(DeliveryTrackingRequest, req.data);
    const delivery = await this.tx.repository(Delivery).findOneBy({ order_id });
    if (!delivery) throw new NotFoundError('Delivery');
    if (!maySeeDelivery(actor, delivery)) throw new ForbiddenError('You may not follow this delivery');
    const driver = delivery.driver_id ? await this.tx.repository(Driver).findOneBy({ id: delivery.driver_id }) : null;
    return deliveryTrackingView(delivery, driver, this.config.DRIVER_AVERAGE_SPEED_KMH);
  }
}
