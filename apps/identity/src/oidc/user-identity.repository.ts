import { Injectable } from '@nestjs/common';
import { OidcProviderName } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { UserIdentity } from './user-identity.entity';

/** The user_identities table: provider accounts (provider + subject) linked to users. */
@Injectable()
export class UserIdentityRepository {
  constructor(private readonly tx: TransactionHost) {}

  findBySubject(provider: OidcProviderName, subject: string): Promise<UserIdentity | null> {
    return this.tx.repository(UserIdentity).findOneBy({ provider, subject });
  }

  async insert(link: UserIdentity): Promise<void> {
    await this.tx.repository(UserIdentity).insert(link);
  }

  async deleteAllOf(userId: string): Promise<void> {
    await this.tx.repository(UserIdentity).delete({ user_id: userId });
  }
}
