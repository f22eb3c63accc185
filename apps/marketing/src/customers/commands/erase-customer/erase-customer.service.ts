import { Injectable } from '@nestjs/common';
import { UserDeleted } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { CrmCustomerRepository } from '../../crm-customer.repository';

/**
 * GDPR erasure reaches the CRM: the customer's email, name and phone go, their order totals stay
 * (anonymous figures). A row is kept (or made) as a marker, so a registration event that arrives
 * after the deletion cannot bring the data back.
 */
@Injectable()
export class EraseCustomerService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly customers: CrmCustomerRepository,
  ) {}

  async erase(event: UserDeleted): Promise<void> {
    await this.tx.run(async () => {
      await this.customers.lockUser(event.user_id);
      await this.customers.erase(event.user_id);
      // A profile change kept for a registration that never came is personal data too.
      await this.customers.takeEarlyContact(event.user_id);
    });
  }
}
