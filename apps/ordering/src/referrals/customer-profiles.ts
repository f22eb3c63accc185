import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@platter/persistence';
import { CustomerProfile } from './customer-profile.entity';
import { referralCodeFor } from './referral-code';

/** Enough attempts that only a broken alphabet could exhaust them (31^8 codes). */
const MAX_CODE_ATTEMPTS = 16;

/** Ordering's per-user profile for loyalty and referrals: created on first need, with a stable referral code. */
@Injectable()
export class CustomerProfiles {
  constructor(private readonly tx: TransactionHost) {}

  /**
   * The user's profile, created if missing. Safe to race: the insert skips any conflict and the row
   * is read back; a code already taken by someone else moves to the next derived code.
   */
  async ensure(customerId: string, role: string | null = null): Promise<CustomerProfile> {
    const repo = this.tx.repository(CustomerProfile);
    for (let attempt = 0; attempt < MAX_CODE_ATTEMPTS; attempt++) {
      await this.tx.manager.query(
        `INSERT INTO customer_profiles (customer_id, role, referral_code) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        [customerId, role, referralCodeFor(customerId, attempt)],
      );
      const profile = await repo.findOneBy({ customer_id: customerId });
      if (profile) {
        if (role && profile.role !== role) {
          await repo.update({ customer_id: customerId }, { role, updated_at: new Date() });
          profile.role = role;
        }
        return profile;
      }
    }
    throw new Error(`no free referral code for ${customerId} after ${MAX_CODE_ATTEMPTS} attempts`);
  }

  /** The customer a referral code belongs to (erased accounts refer no one). */
  async byCode(code: string): Promise<CustomerProfile | null> {
    const profile = await this.tx.repository(CustomerProfile).findOneBy({ referral_code: code });
    return profile && !profile.erased_at ? profile : null;
  }

  async lock(customerId: string): Promise<CustomerProfile | null> {
    return this.tx.repository(CustomerProfile).findOne({ where: { customer_id: customerId }, lock: { mode: 'pessimistic_write' } });
  }
}
