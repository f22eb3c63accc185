import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { OrderView, Page, PageQuery, RPC, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { pageOf, PageRequest, RpcEndpoint } from '@platter/service-kit';
import { requireActor, validData } from '@platter/service-kit';
import { Order } from '../../order.entity';
import { loadOrderViews } from '../../order.view';

/** The customer's orders, newest first. */
@Controller()
export class ListCustomerOrdersHandler {
  constructor(private readonly tx: TransactionHost) {}

  @RpcEndpoint(RPC.ordering.listForCustomer)
  async handle(@Payload() req: RpcRequest<Partial<PageQuery>>): Promise<Page<OrderView>> {
    const customer = requireActor(req);
    const query = validData(PageRequest, req.data);
    const [orders, total] = await this.tx.repository(Order).findAndCount({
      where: { customer_id: customer.user_id },
      order: { created_at: 'DESC', id: 'DESC' },
      skip: (query.page - 1) * query.limit,
      take: query.limit,
    });
    return pageOf(await loadOrderViews(this.tx, orders, 'buyer'), query, total);
  }
}
