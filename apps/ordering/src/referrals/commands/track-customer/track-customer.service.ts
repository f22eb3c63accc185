import { Injectable } from '@nestjs/common';
import { UserDeleted, UserProfileUpdated, UserRegistered } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { LoyaltyLedger } from '../../../loyalty/loyalty-ledger';
import { referralEarning } from '../../../loyalty/rewards';
import { CustomerProfile } from '../../customer-profile.entity';
import { CustomerProfileRepository } from '../../customer-profile.repository';
import { CustomerProfiles } from '../../customer-profiles';
import { normalizeReferralCode } from '../../referral-code';
import { ReferralRepository } from '../../referral.repository';

/**
 * Follows identity's users into ordering's customer profiles: the referral code a customer signed up
 * with (an unknown code, or their own, is ignored), their birthday, and erasure. Idempotent.
 */
@Injectable()
export class TrackCustomerService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly profiles: CustomerProfiles,
    private readonly ledger: LoyaltyLedger,
    private readonly profileRows: CustomerProfileRepository,
    private readonly referrals: ReferralRepository,
  ) {}

  async registered(event: UserRegistered): Promise<void> {
    await this.tx.run(async () => {
      await this.profiles.ensure(event.user_id, event.role);
      const profile = await this.profiles.lock(event.user_id);
      if (!profile || profile.erased_at) return;
      const changes: Partial<CustomerProfile> = {};
      const birthday = calendarDate(event.birthday);
      if (birthday && profile.birthday === null) changes.birthday = birthday;
      const code = normalizeReferralCode(event.referral_code);
      if (code && event.role === 'customer' && profile.referred_by === null) {
        const referrer = await this.profiles.byCode(code);
        if (referrer && referrer.customer_id !== profile.customer_id) changes.referred_by = referrer.customer_id;
      }
      if (Object.keys(changes).length === 0) return;
      await this.profileRows.update(profile.customer_id, changes);
      if (changes.referred_by) await this.catchUpReferral(profile.customer_id, changes.referred_by);
    });
  }

  async profileUpdated(event: UserProfileUpdated): Promise<void> {
    // Older events carry no birthday: nothing to change.
    if (event.birthday === undefined) return;
    // Identity checks birthdays; one that is still not a date is treated as removed, never crashed on.
    const birthday = calendarDate(event.birthday);
    await this.tx.run(async () => {
      const profile = await this.profiles.ensure(event.user_id);
      if (profile.erased_at || profile.birthday === birthday) return;
      await this.profileRows.update(event.user_id, { birthday });
    });
  }

  /** GDPR erasure: the birthday and the contacts they invited go; the ledger (ids and points only) stays. */
  async deleted(event: UserDeleted): Promise<void> {
    await this.tx.run(async () => {
      await this.profileRows.update(event.user_id, { birthday: null, erased_at: new Date() });
      await this.referrals.forgetInvitationsOf(event.user_id);
    });
  }

  /**
   * user.registered arriving after the customer's first order completed (events from two producers
   * race): the referrer's bonus is given now, once, as order.completed would have.
   */
  private async catchUpReferral(customerId: string, referrerId: string): Promise<void> {
    const first = await this.profileRows.firstCompletedOrder(customerId);
    if (!first) return;
    await this.profileRows.backfillFirstOrderCompleted(customerId, first.completed_at);
    await this.ledger.earn(referralEarning(referrerId, customerId, first.id));
  }
}

/** A YYYY-MM-DD that is a real calendar date, or null. */
export function calendarDate(value: string | null | undefined): string | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? value : null;
}
