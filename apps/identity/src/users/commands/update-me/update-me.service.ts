import { Injectable } from '@nestjs/common';
import { Actor, ConflictError, CurrentUser, NotFoundError, UpdateMeData } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../../../audit/audit-log';
import { IdentityException } from '../../../identity.exception';
import { toCurrentUser } from '../../public-user';
import { User } from '../../user.entity';
import { UserRepository } from '../../user.repository';
import { phoneColumns } from '../../user-pii';
import { validProfileUpdate } from './profile-update-request';

/**
 * A user edits their own name, phone, birthday and preferences (PUT /users/me). The audit entry
 * names the fields that changed, never their values (personal data stays out of the log); a new
 * name or phone is published so copies elsewhere (marketing's CRM) follow.
 */
@Injectable()
export class UpdateMeService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly users: UserRepository,
    private readonly audit: AuditLog,
    private readonly events: EventPublisher,
  ) {}

  async update(actor: Actor, data: UpdateMeData): Promise<CurrentUser> {
    const update = validProfileUpdate(data);
    try {
      return await this.tx.run(async () => {
        const user = await this.users.findByIdForUpdate(actor.user_id);
        if (!user) throw new NotFoundError('User');
        // As GET /users/me: an access token outliving a suspension gets nothing here.
        if (user.status !== 'active') throw IdentityException.accountDisabled(user.status);
        const changes: Partial<User> = {};
        if (update.name !== undefined && update.name !== user.name) changes.name = update.name;
        if (update.phone !== undefined && update.phone !== user.phone) {
          if (update.phone && (await this.users.isPhoneHeldByAnother(update.phone, user.id))) throw phoneTaken();
          // A new number has to prove itself again before it can sign the account in.
          Object.assign(changes, phoneColumns(update.phone), { phone_verified_at: null });
        }
        if (update.preferences !== undefined) changes.preferences = update.preferences;
        if (update.birthday !== undefined && update.birthday !== (user.birthday ?? null)) changes.birthday = update.birthday;
        const changed = Object.keys(changes).filter((field) => field !== 'phone_lookup' && field !== 'phone_verified_at');
        if (changed.length === 0) return toCurrentUser(user);
        await this.users.updateColumns(user.id, changes);
        await this.audit.record({ action: 'user.profile-updated', actorId: user.id, target: user.id, detail: changed.join(', ') });
        const updated = Object.assign(user, changes);
        if (changes.name !== undefined || changes.phone !== undefined || changes.birthday !== undefined) {
          await this.events.publish('user.profile-updated', { user_id: user.id, name: updated.name, phone: updated.phone, birthday: updated.birthday ?? null, role: user.role });
        }
        return toCurrentUser(updated);
      });
    } catch (err) {
      throw isPhoneDuplicate(err) ? phoneTaken() : err;
    }
  }
}

const phoneTaken = () => new ConflictError('An account with this phone number already exists');

/** Two users claiming one number at once: the unique blind index decides, the loser gets 409. */
function isPhoneDuplicate(err: unknown): boolean {
  const driverError = (err as { driverError?: { code?: string; constraint?: string } }).driverError;
  return driverError?.code === '23505' && driverError.constraint === 'users_phone_lookup_key';
}
