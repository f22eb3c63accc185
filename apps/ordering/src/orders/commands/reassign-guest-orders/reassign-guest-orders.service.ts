import { Injectable } from '@nestjs/common';
import { GuestConverted } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { GuestConversions } from '../../guest-conversions';

/** A guest registered: their orders become the new customer's. Idempotent (a replay changes nothing). */
@Injectable()
export class ReassignGuestOrdersService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly conversions: GuestConversions,
  ) {}

  /** How many orders changed hands. */
  async apply(event: GuestConverted): Promise<number> {
    return this.tx.run(async () => {
      await this.conversions.lock(event.guest_id);
      return this.conversions.apply(event.guest_id, event.user_id);
    });
  }
}
