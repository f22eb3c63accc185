import { Injectable } from '@nestjs/common';
import { UserDeleted } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';

/**
 * GDPR erasure reaches the CRM: the customer's email, name and phone go, their order totals stay
 * (anonymous figures). A row is kept (or made) as a marker, so a registration event that arrives
 * after the deletion cannot bring the data back.
 */
@Injectable()
export class EraseCustomerService {
  constructor(private readonly tx: TransactionHost) {}

  async erase(event: UserDeleted): Promise<void> {
    await this.tx.run((manager) =>
      manager.query(
        `INSERT INTO crm_customers (id, email, name, phone, segment, erased_at) VALUES ($1, NULL, NULL, NULL, 'new', now())
         ON CONFLICT (id) DO UPDATE SET email = NULL, name = NULL, phone = NULL, erased_at = COALESCE(crm_customers.erased_at, now()), updated_at = now()`,
        [event.user_id],
      ),
    );
  }
}
