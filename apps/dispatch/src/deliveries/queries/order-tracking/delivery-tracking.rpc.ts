import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { IsUUID } from 'class-validator';
import { DeliveryTrackingView, ForbiddenError, NotFoundError, OrderTrackingData, RPC, RpcRequest } from '@platter/contracts';
import { requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { DispatchConfig } from '../../../dispatch.config';
import { DriverRepository } from '../../../drivers/driver.repository';
import { DeliveryRepository } from '../../delivery.repository';
import { deliveryTrackingView, maySeeDelivery } from '../../domain/delivery-tracking';

class DeliveryTrackingRequest implements OrderTrackingData {
  @IsUUID() order_id: string;
}

/** `dispatch.deliveries.tracking`: the gateway's replay of where an order's driver is (socket order rooms). */
@Controller()
export class DeliveryTrackingRpc {
  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly drivers: DriverRepository,
    private readonly config: DispatchConfig,
  ) {}

  @RpcEndpoint(RPC.dispatch.deliveryTracking)
  async handle(@Payload() req: RpcRequest<unknown>): Promise<DeliveryTrackingView> {
    const actor = requireActor(req);
    const { order_id } = validData(DeliveryTrackingRequest, req.data);
    const delivery = await this.deliveries.byOrder(order_id);
    if (!delivery) throw new NotFoundError('Delivery');
    if (!maySeeDelivery(actor, delivery)) throw new ForbiddenError('You may not follow this delivery');
    const driver = delivery.driver_id ? await this.drivers.byId(delivery.driver_id) : null;
    return deliveryTrackingView(delivery, driver, this.config.DRIVER_AVERAGE_SPEED_KMH);
  }
}
