import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { OrderView, Page, PageQuery, RPC, RpcRequest } from '@platter/contracts';
import { pageOf, PageRequest, RpcEndpoint } from '@platter/service-kit';
import { requireActor, validData } from '@platter/service-kit';
import { OrderRepository } from '../../order.repository';
import { loadOrderViews } from '../../order.view';

/** The customer's orders, newest first. */
@Controller()
export class ListCustomerOrdersRpc {
  constructor(private readonly orders: OrderRepository) {}

  @RpcEndpoint(RPC.ordering.listForCustomer)
  async handle(@Payload() req: RpcRequest<Partial<PageQuery>>): Promise<Page<OrderView>> {
    const customer = requireActor(req);
    const query = validData(PageRequest, req.data);
    const [orders, total] = await this.orders.pageOfCustomer(customer.user_id, query.page, query.limit);
    return pageOf(await loadOrderViews(this.orders, orders, 'buyer'), query, total);
  }
}
