import { Injectable } from '@nestjs/common';
import { Actor, normalizePhone, ReferralInvitationView, SendReferralRequest, ValidationFailedError } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { CustomerProfiles } from '../../customer-profiles';
import { ReferralRepository } from '../../referral.repository';

/**
 * POST /client/referrals/send: records an invitation carrying the customer's referral code. Sending it
 * (email, SMS) is not ordering's job and no event exists for it yet: the answer carries the message the
 * app shares. Inviting the same contact again answers the first invitation.
 */
@Injectable()
export class SendReferralService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly profiles: CustomerProfiles,
    private readonly referrals: ReferralRepository,
  ) {}

  async send(actor: Actor, data: SendReferralRequest): Promise<ReferralInvitationView> {
    const contact = contactOf(data);
    return this.tx.run(async () => {
      const profile = await this.profiles.ensure(actor.user_id);
      const invitation = await this.referrals.invite(actor.user_id, contact.channel, contact.value);
      return {
        id: invitation.id,
        channel: invitation.channel,
        contact: invitation.contact,
        referral_code: profile.referral_code,
        message: `Join me on Platter: sign up with my code ${profile.referral_code} and enjoy your first meal.`,
        created_at: invitation.created_at.toISOString(),
      };
    });
  }
}

function contactOf(data: SendReferralRequest): { channel: 'email' | 'phone'; value: string } {
  const hasEmail = typeof data.email === 'string' && data.email.trim() !== '';
  const hasPhone = typeof data.phone === 'string' && data.phone.trim() !== '';
  if (hasEmail === hasPhone) {
    throw new ValidationFailedError([{ field: hasEmail ? 'phone' : 'email', message: 'give exactly one of email or phone' }]);
  }
  if (hasEmail) return { channel: 'email', value: data.email!.trim().toLowerCase() };
  const phone = normalizePhone(data.phone!.trim());
  if (!phone) throw new ValidationFailedError([{ field: 'phone', message: 'phone must be a valid phone number, e.g. +237670000000' }]);
  return { channel: 'phone', value: phone };
}
