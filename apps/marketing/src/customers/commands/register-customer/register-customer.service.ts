import { Injectable } from '@nestjs/common';
import { UserRegistered } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { CrmCustomer } from '../../crm-customer.entity';

/**
 * Puts every new customer in the CRM. Their first order may have been counted already (events
 * arrive in any order): then only who they are is filled in, their totals stay. An account erased
 * before its registration arrived stays erased.
 */
@Injectable()
export class RegisterCustomerService {
  constructor(private readonly tx: TransactionHost) {}

  /** The CRM customer, or null when the user is not a customer. */
  async register(user: UserRegistered): Promise<CrmCustomer | null> {
    if (user.role !== 'customer') return null;
    return this.tx.run(async (manager) => {
      await manager.query(
        `INSERT INTO crm_customers (id, email, name, phone, segment) VALUES ($1, $2, $3, $4, 'new')
         ON CONFLICT (id) DO UPDATE SET email = EXCLUDED.email, name = EXCLUDED.name, phone = EXCLUDED.phone, updated_at = now()
         WHERE crm_customers.erased_at IS NULL`,
        [user.user_id, user.email, user.name, user.phone ?? null],
      );
      return this.tx.repository(CrmCustomer).findOneByOrFail({ id: user.user_id });
    });
  }
}
