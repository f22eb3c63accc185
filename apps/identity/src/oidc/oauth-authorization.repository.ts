import { Injectable } from '@nestjs/common';
import { OidcProviderName } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { OauthAuthorization } from './oauth-authorization.entity';

/** The oauth_authorizations table: sign-ins started at a provider, waiting for their callback. */
@Injectable()
export class OauthAuthorizationRepository {
  constructor(private readonly tx: TransactionHost) {}

  async insert(pending: OauthAuthorization): Promise<void> {
    await this.tx.repository(OauthAuthorization).insert(pending);
  }

  /** Spends the live authorization with this state hash; one UPDATE, so two callbacks with one state cannot both pass. */
  async spendLive(stateHash: string, provider: OidcProviderName): Promise<{ code_verifier: string; nonce: string } | null> {
    const result = await this.tx
      .repository(OauthAuthorization)
      .createQueryBuilder()
      .update()
      .set({ used_at: () => 'now()' })
      .where('state_hash = :stateHash AND provider = :provider AND used_at IS NULL AND expires_at > now()', { stateHash, provider })
      .returning(['code_verifier', 'nonce'])
      .execute();
    const rows = result.raw as Array<{ code_verifier: string; nonce: string }>;
    return rows[0] ?? null;
  }

  /** Deletes the authorizations that expired more than a day ago. */
  async deleteAbandoned(): Promise<void> {
    await this.tx.repository(OauthAuthorization).createQueryBuilder().delete().where(`expires_at < now() - interval '1 day'`).execute();
  }
}
