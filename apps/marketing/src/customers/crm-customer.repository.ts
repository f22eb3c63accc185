import { Injectable } from '@nestjs/common';
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

  /**
   * Holds the user's lock until the transaction ends, so a registration and a profile change handled
   * at once cannot both miss each other (one keeping the change early, the other not seeing it).
   */
  async lockUser(id: string): Promise<void> {
    await this.tx.manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('marketing.customer:' || $1, 0))`, [id]);
  }

  /**
   * A customer's name and phone as they set them at `changedAt`, unless a newer change is applied
   * already; an erased customer is left alone. 'absent' when marketing has no row for the user yet.
   */
  async updateContact(id: string, name: string | null, phone: string | null, changedAt: Date): Promise<'applied' | 'stale' | 'absent'> {
    const [rows]: [Array<{ id: string }>, number] = await this.tx.manager.query(
      `UPDATE crm_customers SET name = $2, phone = $3, contact_changed_at = $4, updated_at = now()
       WHERE id = $1 AND erased_at IS NULL AND (contact_changed_at IS NULL OR contact_changed_at < $4)
       RETURNING id`,
      [id, name, phone, changedAt],
    );
    if (rows.length) return 'applied';
    const exists = await this.tx.repository(CrmCustomer).exists({ where: { id } });
    return exists ? 'stale' : 'absent';
  }

  /** Keeps a profile change of a user with no row yet, the newest one only. */
  async keepEarlyContact(id: string, name: string | null, phone: string | null, changedAt: Date): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO crm_early_contacts (user_id, name, phone, changed_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id) DO UPDATE SET name = EXCLUDED.name, phone = EXCLUDED.phone, changed_at = EXCLUDED.changed_at
       WHERE crm_early_contacts.changed_at < EXCLUDED.changed_at`,
      [id, name, phone, changedAt],
    );
  }

  /** The profile change kept for the user, removed (the registration applies it, an erasure drops it). */
  async takeEarlyContact(id: string): Promise<{ name: string | null; phone: string | null; changed_at: Date } | null> {
    const [rows]: [Array<{ name: string | null; phone: string | null; changed_at: Date }>, number] = await this.tx.manager.query(
      `DELETE FROM crm_early_contacts WHERE user_id = $1 RETURNING name, phone, changed_at`,
      [id],
    );
    return rows[0] ?? null;
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
   * stay, and a profile change applied before keeps its name and phone); an erased customer's row is
   * left as it is.
   */
  async register(contact: CustomerContact): Promise<void> {
    // Raw: the name and phone are kept when a profile change was applied first (contact_changed_at),
    // which the builder's upsert cannot say per column.
    await this.tx.manager.query(
      `INSERT INTO crm_customers (id, email, name, phone, segment) VALUES ($1, $2, $3, $4, 'new')
       ON CONFLICT (id) DO UPDATE SET
         email = EXCLUDED.email,
         name = CASE WHEN crm_customers.contact_changed_at IS NULL THEN EXCLUDED.name ELSE crm_customers.name END,
         phone = CASE WHEN crm_customers.contact_changed_at IS NULL THEN EXCLUDED.phone ELSE crm_customers.phone END,
         updated_at = now()
       WHERE crm_customers.erased_at IS NULL`,
      [contact.id, contact.email, contact.name, contact.phone],
    );
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
