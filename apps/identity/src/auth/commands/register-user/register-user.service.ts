import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuthResult, ConflictError, RegisterData, ValidationFailedError } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { EmailVerificationRequests } from '../../../account-recovery/email-verification-requests';
import { AuditLog } from '../../../audit/audit-log';
import { ConvertGuestService } from '../../../guests/commands/convert-guest/convert-guest.service';
import { toPublicUser } from '../../../users/public-user';
import { phoneColumns } from '../../../users/user-pii';
import { UserRepository } from '../../../users/user.repository';
import { PasswordHasher } from '../../domain/password-hasher';
import { checkRegistration } from '../../domain/registration-rules';
import { SessionTokens } from '../../session-tokens';

/** Signs a new user up and logs them in; `user.registered` commits with the account. */
@Injectable()
export class RegisterUserService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly users: UserRepository,
    private readonly events: EventPublisher,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionTokens,
    private readonly audit: AuditLog,
    private readonly guests: ConvertGuestService,
    private readonly verificationRequests: EmailVerificationRequests,
  ) {}

  async register(data: RegisterData): Promise<AuthResult> {
    const { registration, errors } = checkRegistration(data);
    if (!registration) throw new ValidationFailedError(errors);
    // Hashed before the transaction so no connection waits on Argon2.
    const passwordHash = await this.hasher.hash(registration.password);
    try {
      return await this.tx.run(async () => {
        if (await this.users.existsByEmail(registration.email)) throw emailTaken();
        // The phone is stored encrypted: its blind index finds it (one per key, so rotated keys too).
        if (registration.phone && (await this.users.existsByPhone(registration.phone))) throw phoneTaken();
        const now = new Date();
        const user = await this.users.insertAccount({
          id: randomUUID(),
          email: registration.email,
          ...phoneColumns(registration.phone),
          name: registration.name,
          birthday: registration.birthday,
          password_hash: passwordHash,
          role: registration.role,
          status: 'active',
          email_verified: false,
          created_at: now,
          updated_at: now,
        });
        await this.events.publish('user.registered', {
          user_id: user.id,
          email: user.email,
          name: user.name,
          phone: user.phone,
          role: user.role,
          ...(registration.referralCode ? { referral_code: registration.referralCode } : {}),
          ...(registration.birthday ? { birthday: registration.birthday } : {}),
        });
        await this.audit.record({ action: 'user.registered', actorId: user.id, target: user.id });
        // The verification link goes out with the account (notifications emails it).
        await this.verificationRequests.request(user);
        // The guest's orders follow them into the account (ordering consumes guest.converted).
        if (data.guest_token != null) await this.guests.convert(data.guest_token, user);
        const tokens = await this.sessions.openSession(user);
        return { user: toPublicUser(user), tokens };
      });
    } catch (err) {
      throw duplicateAsConflict(err);
    }
  }
}

const emailTaken = () => new ConflictError('An account with this email already exists');
const phoneTaken = () => new ConflictError('An account with this phone number already exists');

/** Two sign-ups racing past the existence checks: the unique index decides, the loser gets 409. */
function duplicateAsConflict(err: unknown): unknown {
  const driverError = (err as { driverError?: { code?: string; constraint?: string } }).driverError;
  if (driverError?.code !== '23505') return err;
  return driverError.constraint === 'users_phone_lookup_key' ? phoneTaken() : emailTaken();
}
