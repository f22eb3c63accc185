import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { PageQuery } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { CrmCustomer } from './crm-customer.entity';

/** The CRM's customers' SQL. */
@Injectable()
export class CrmCustomerRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** A customer's name and phone as they set them (updated_at follows); an erased customer (or one we do not know) is left alone. */
  async updateContact(id: string, name: string | null, phone: string | null): Promise<void> {
    await this.tx.repository(CrmCustomer).update({ id, erased_at: IsNull() }, { name, phone });
  }

  /** A page of customers, newest first. */
  page(page: PageQuery): Promise<[CrmCustomer[], number]> {
    return this.tx.repository(CrmCustomer).findAndCount({ order: { created_at: 'DESC', id: 'ASC' }, skip: (page.page - 1) * page.limit, take: page.limit });
  }
}
