import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { NotFoundError, OrderView, RPC, RpcRequest, TrackGuestOrderData, TrackGuestOrderRpcRequest } from '@platter/contracts';
import { RpcEndpoint, validData } from '@platter/service-kit';
import { OrderRepository } from '../../order.repository';
import { loadOrderViews } from '../../order.view';
import { hashTrackingToken } from '../../tracking-token';

/** A guest order seen through its tracking link: a wrong id and a wrong token are the same 404. */
@Controller()
export class TrackGuestOrderRpc {
  constructor(private readonly orders: OrderRepository) {}

  @RpcEndpoint(RPC.ordering.trackForGuest)
  async handle(@Payload() req: RpcRequest<TrackGuestOrderData>): Promise<OrderView> {
    const { id, token } = validData(TrackGuestOrderRpcRequest, req.data);
    const order = await this.orders.findWhere({ id, tracking_token_hash: hashTrackingToken(token) });
    if (!order) throw new NotFoundError('Order');
    const [view] = await loadOrderViews(this.orders, [order], 'buyer');
    return view;
  }
}
