import { Injectable } from '@nestjs/common';
import { UserProfileUpdated } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';

/**
 * Keeps the CRM's name and phone as the customer set them. Not a customer of ours yet (or not a
 * customer at all): nothing to update; an erased customer stays erased.
 */
@Injectable()
export class UpdateCustomerProfileService {
  constructor(private readonly tx: TransactionHost) {}

  async update(event: UserProfileUpdated): Promise<void> {
    await this.tx.run((manager) =>
      manager.query(`UPDATE crm_customers SET name = $2, phone = $3, updated_at = now() WHERE id = $1 AND erased_at IS NULL`, [
        event.user_id,
        event.name,
        event.phone ?? null,
      ]),
    );
  }
}
