import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { IdData, NotFoundError, OrderView, RPC, RpcRequest } from '@platter/contracts';
import { IdRequest, RpcEndpoint } from '@platter/service-kit';
import { requireActor, validData } from '@platter/service-kit';
import { OrderRepository } from '../../order.repository';
import { loadOrderViews } from '../../order.view';

/** A customer's own order; anyone else's does not exist for them. */
@Controller()
export class GetCustomerOrderRpc {
  constructor(private readonly orders: OrderRepository) {}

  @RpcEndpoint(RPC.ordering.getForCustomer)
  async handle(@Payload() req: RpcRequest<IdData>): Promise<OrderView> {
    const customer = requireActor(req);
    const order = await this.orders.findWhere({ id: validData(IdRequest, req.data).id, customer_id: customer.user_id });
    if (!order) throw new NotFoundError('Order');
    const [view] = await loadOrderViews(this.orders, [order], 'buyer');
    return view;
  }
}
