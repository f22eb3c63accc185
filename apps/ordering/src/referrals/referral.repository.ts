import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { TransactionHost } from '@platter/persistence';
import { ReferralInvitation } from './referral-invitation.entity';

/** The invitations customers sent. Every method runs in the caller's transaction. */
@Injectable()
export class ReferralRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** The referrer's invitation of this contact, recorded now unless it was already. */
  async invite(referrerId: string, channel: ReferralInvitation['channel'], contact: string): Promise<ReferralInvitation> {
    await this.tx.manager
      .createQueryBuilder()
      .insert()
      .into(ReferralInvitation)
      .values({ id: randomUUID(), referrer_id: referrerId, channel, contact })
      .orIgnore()
      .updateEntity(false)
      .execute();
    return this.tx.repository(ReferralInvitation).findOneByOrFail({ referrer_id: referrerId, channel, contact });
  }

  invitedBy(referrerId: string): Promise<number> {
    return this.tx.repository(ReferralInvitation).countBy({ referrer_id: referrerId });
  }

  /** Erasure: the contacts the customer invited go. */
  async forgetInvitationsOf(referrerId: string): Promise<void> {
    await this.tx.repository(ReferralInvitation).delete({ referrer_id: referrerId });
  }
}
