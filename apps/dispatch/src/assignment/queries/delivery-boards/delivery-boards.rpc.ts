import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AdminDeliveriesRequest, OperatorDeliveryView, Page, RestaurantDeliveriesRequest, RPC, RpcRequest } from '@platter/contracts';
import { pageOf, requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { DeliveryRepository } from '../../../deliveries/delivery.repository';
import { OperatorDeliveries } from '../../operator-deliveries';

/** The restaurants' and admins' delivery boards. */
@Controller()
export class DeliveryBoardsRpc {
  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly operators: OperatorDeliveries,
  ) {}

  /** GET /restaurant/deliveries: the restaurant's deliveries not yet over, newest first. */
  @RpcEndpoint(RPC.dispatch.restaurantDeliveries)
  async restaurantDeliveries(@Payload() req: RpcRequest<unknown>): Promise<Page<OperatorDeliveryView>> {
    const actor = requireActor(req, 'restaurant_owner', 'restaurant_staff', 'admin');
    const query = validData(RestaurantDeliveriesRequest, req.data);
    const restaurant = await this.operators.actingRestaurant(actor, query.restaurant_id);
    const [rows, total] = await this.deliveries.openOf(restaurant.id, query);
    return pageOf(await this.operators.views(rows), query, total);
  }

  /** GET /admin/deliveries: every delivery, newest first, by status, restaurant, driver, order, flagged, active. */
  @RpcEndpoint(RPC.dispatch.adminDeliveries)
  async adminDeliveries(@Payload() req: RpcRequest<unknown>): Promise<Page<OperatorDeliveryView>> {
    requireActor(req, 'admin');
    const query = validData(AdminDeliveriesRequest, req.data);
    const [rows, total] = await this.deliveries.matching(query, query);
    return pageOf(await this.operators.views(rows), query, total);
  }
}
