import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CrmCustomerView, Page, PageQuery, RPC, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { PageRequest, pageOf, requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { CrmCustomer } from '../../crm-customer.entity';

@Controller()
export class ListCustomersHandler {
  constructor(private readonly tx: TransactionHost) {}

  /** For admins and for callers inside the fleet (no actor); restaurant staff views come later. */
  @RpcEndpoint(RPC.marketing.listCustomers)
  async list(@Payload() req: RpcRequest<Partial<PageQuery>>): Promise<Page<CrmCustomerView>> {
    // Operators' view: an anonymous request never gets here (null actor is not a trusted caller).
    requireActor(req, 'admin');
    const query = validData(PageRequest, req.data);
    const [rows, total] = await this.tx.repository(CrmCustomer).findAndCount({
      order: { created_at: 'DESC', id: 'ASC' },
      skip: (query.page - 1) * query.limit,
      take: query.limit,
    });
    return pageOf(rows.map(toCrmCustomerView), query, total);
  }
}

function toCrmCustomerView(c: CrmCustomer): CrmCustomerView {
  return {
    id: c.id,
    email: c.email,
    name: c.name,
    phone: c.phone,
    segment: c.segment,
    total_orders: c.total_orders,
    total_spent: c.total_spent,
    last_order_at: c.last_order_at?.toISOString() ?? null,
    created_at: c.created_at.toISOString(),
    updated_at: c.updated_at.toISOString(),
  };
}
