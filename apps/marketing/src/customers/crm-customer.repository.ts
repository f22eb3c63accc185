import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { PageQuery } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { CrmCustomerOrder } from './crm-customer-order.entity';
import { CrmCustomer } from './crm-customer.entity';
import { CustomerStats } from './domain/customer-stats';

/** Who a registered customer is, as user.registered tells it. */
export interface CustomerContact {
  id: string;
  email: string | null;
  name: string | null;
  phone: string | null;
}

/** The CRM's customers' SQL (crm_customers, and crm_customer_orders, the orders counted in their totals). */
@Injectable()
export class CrmCustomerRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** A customer's name and phone as they set them (updated_at follows); an erased customer (or one we do not know) is left alone. */
  async updateContact(id: string, name: string | null, phone: string | null): Promise<void> {
    await this.tx.repository(CrmCustomer).update({ id, erased_at: IsNull() }, { name, phone });
  }

  /** The customer (one that exists). */
  get(id: string): Promise<CrmCustomer> {
    return this.tx.repository(CrmCustomer).findOneByOrFail({ id });
  }

  /** The customer, locked FOR UPDATE (one that exists). */
  lock(id: string): Promise<CrmCustomer> {
    return this.tx.repository(CrmCustomer).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Creates the customer with nothing known of them yet (segment new), unless they exist. */
  async ensure(id: string): Promise<void> {
    await this.tx.manager.createQueryBuilder().insert().into(CrmCustomer).values({ id, segment: 'new' }).orIgnore().updateEntity(false).execute();
  }

  /**
   * Creates the customer, or fills in who they are over a row their first order made (their totals
   * stay); an erased customer's row is left as it is.
   */
  async register(contact: CustomerContact): Promise<void> {
    await this.tx.manager
      .createQueryBuilder()
      .insert()
      .into(CrmCustomer)
      .values({ ...contact, segment: 'new' })
      .orUpdate(['email', 'name', 'phone'], ['id'], { overwriteCondition: { where: 'crm_customers.erased_at IS NULL' } })
      .updateEntity(false)
      .execute();
  }

  /** Remembers the order as counted in its customer's totals; false when it was already. */
  async countOrder(order: CrmCustomerOrder): Promise<boolean> {
    const result = await this.tx.manager.createQueryBuilder().insert().into(CrmCustomerOrder).values(order).orIgnore().returning(['order_id']).updateEntity(false).execute();
    return (result.raw as unknown[]).length === 1;
  }

  /** Writes the customer's totals. */
  async updateStats(id: string, stats: CustomerStats): Promise<void> {
    await this.tx.repository(CrmCustomer).update({ id }, stats);
  }

  /**
   * Erases the customer's personal data (their totals stay), keeping or making the row as a marker
   * with the first erasure's time. Raw: the builder's upsert can only set a column to the inserted
   * value, not COALESCE it with the row's own.
   */
  async erase(id: string): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO crm_customers (id, email, name, phone, segment, erased_at) VALUES ($1, NULL, NULL, NULL, 'new', now())
       ON CONFLICT (id) DO UPDATE SET email = NULL, name = NULL, phone = NULL, erased_at = COALESCE(crm_customers.erased_at, now()), updated_at = now()`,
      [id],
    );
  }

  /** A page of customers, newest first. */
  page(page: PageQuery): Promise<[CrmCustomer[], number]> {
    return this.tx.repository(CrmCustomer).findAndCount({ order: { created_at: 'DESC', id: 'ASC' }, skip: (page.page - 1) * page.limit, take: page.limit });
  }
}
