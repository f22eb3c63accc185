import { Injectable } from '@nestjs/common';
import { PageQuery } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { CrmCustomer } from './crm-customer.entity';

/** The reads of the CRM's customers the queries make. */
@Injectable()
export class CrmCustomerRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** A page of customers, newest first. */
  page(page: PageQuery): Promise<[CrmCustomer[], number]> {
    return this.tx.repository(CrmCustomer).findAndCount({ order: { created_at: 'DESC', id: 'ASC' }, skip: (page.page - 1) * page.limit, take: page.limit });
  }
}
