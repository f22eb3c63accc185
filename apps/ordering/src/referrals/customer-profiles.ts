import { Injectable } from '@nestjs/common';
import { CustomerProfile } from './customer-profile.entity';
import { CustomerProfileRepository } from './customer-profile.repository';
import { referralCodeFor } from './referral-code';

/** Enough attempts that only a broken alphabet could exhaust them (31^8 codes). */
const MAX_CODE_ATTEMPTS = 16;

/** Ordering's per-user profile for loyalty and referrals: created on first need, with a stable referral code. */
@Injectable()
export class CustomerProfiles {
  constructor(private readonly profiles: CustomerProfileRepository) {}

  /**
   * The user's profile, created if missing. Safe to race: the insert skips any conflict and the row
   * is read back; a code already taken by someone else moves to the next derived code.
   */
  async ensure(customerId: string, role: string | null = null): Promise<CustomerProfile> {
    for (let attempt = 0; attempt < MAX_CODE_ATTEMPTS; attempt++) {
      await this.profiles.insertIfAbsent({ customerId, role, referralCode: referralCodeFor(customerId, attempt) });
      const profile = await this.profiles.byId(customerId);
      if (profile) {
        if (role && profile.role !== role) {
          await this.profiles.update(customerId, { role });
          profile.role = role;
        }
        return profile;
      }
    }
    throw new Error(`no free referral code for ${customerId} after ${MAX_CODE_ATTEMPTS} attempts`);
  }

  /** The customer a referral code belongs to (erased accounts refer no one). */
  async byCode(code: string): Promise<CustomerProfile | null> {
    const profile = await this.profiles.byCode(code);
    return profile && !profile.erased_at ? profile : null;
  }

  async lock(customerId: string): Promise<CustomerProfile | null> {
    return this.profiles.lock(customerId);
  }
}
