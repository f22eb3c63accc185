import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CrmCustomerView, Page, PageQuery, RPC, RpcRequest } from '@platter/contracts';
import { PageRequest, pageOf, requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { CrmCustomer } from '../../crm-customer.entity';
import { CrmCustomerRepository } from '../../crm-customer.repository';

@Controller()
export class ListCustomersRpc {
  constructor(private readonly customers: CrmCustomerRepository) {}

  /** For admins and for callers inside the fleet (no actor); restaurant staff views come later. */
  @RpcEndpoint(RPC.marketing.listCustomers)
  async list(@Payload() req: RpcRequest<Partial<PageQuery>>): Promise<Page<CrmCustomerView>> {
    // Operators' view: an anonymous request never gets here (null actor is not a trusted caller).
    requireActor(req, 'admin');
    const query = validData(PageRequest, req.data);
    const [rows, total] = await this.customers.page(query);
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
