import { Injectable } from '@nestjs/common';
import { UserProfileUpdated } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { CrmCustomerRepository } from '../../crm-customer.repository';

/**
 * Keeps the CRM's name and phone as the customer set them, the newest change winning whatever order
 * the changes arrive in. A user marketing has no row for yet (the registration is late, or they are no
 * customer, on an event too old to say its role) has the change kept for the registration; an erased
 * customer stays erased.
 */
@Injectable()
export class UpdateCustomerProfileService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly customers: CrmCustomerRepository,
  ) {}

  /** `changedAt`: when identity published the change (its envelope's occurred_at). */
  async update(event: UserProfileUpdated, changedAt: Date): Promise<void> {
    // Only customers are in the CRM: another role's change is not kept (older events carry no role).
    if (event.role !== undefined && event.role !== 'customer') return;
    await this.tx.run(async () => {
      await this.customers.lockUser(event.user_id);
      const outcome = await this.customers.updateContact(event.user_id, event.name, event.phone ?? null, changedAt);
      if (outcome === 'absent') await this.customers.keepEarlyContact(event.user_id, event.name, event.phone ?? null, changedAt);
    });
  }
}
