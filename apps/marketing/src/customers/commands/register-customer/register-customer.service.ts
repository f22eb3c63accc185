import { Injectable } from '@nestjs/common';
import { UserRegistered } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { CrmCustomer } from '../../crm-customer.entity';
import { CrmCustomerRepository } from '../../crm-customer.repository';

/**
 * Puts every new customer in the CRM. Their first order may have been counted already (events
 * arrive in any order): then only who they are is filled in, their totals stay. An account erased
 * before its registration arrived stays erased.
 */
@Injectable()
export class RegisterCustomerService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly customers: CrmCustomerRepository,
  ) {}

  /** The CRM customer, or null when the user is not a customer. */
  async register(user: UserRegistered): Promise<CrmCustomer | null> {
    return this.tx.run(async () => {
      await this.customers.lockUser(user.user_id);
      // Taken before the role check: a non-customer's change kept from an event too old to carry its role goes too.
      const early = await this.customers.takeEarlyContact(user.user_id);
      if (user.role !== 'customer') return null;
      await this.customers.register({ id: user.user_id, email: user.email, name: user.name, phone: user.phone ?? null });
      // A profile change that arrived before the registration applies now.
      if (early) await this.customers.updateContact(user.user_id, early.name, early.phone, new Date(early.changed_at));
      return this.customers.get(user.user_id);
    });
  }
}
