import { Injectable } from '@nestjs/common';
import { UserProfileUpdated } from '@platter/contracts';
import { CrmCustomerRepository } from '../../crm-customer.repository';

/**
 * Keeps the CRM's name and phone as the customer set them. Not a customer of ours yet (or not a
 * customer at all): nothing to update; an erased customer stays erased.
 */
@Injectable()
export class UpdateCustomerProfileService {
  constructor(private readonly customers: CrmCustomerRepository) {}

  async update(event: UserProfileUpdated): Promise<void> {
    await this.customers.updateContact(event.user_id, event.name, event.phone ?? null);
  }
}
