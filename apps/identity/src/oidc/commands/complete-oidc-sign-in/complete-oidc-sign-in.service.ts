import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuthResult, ConflictError, OidcCallbackData, OidcProviderName, PlatterError } from '@platter/contracts';
import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { AuditLog } from '../../../audit/audit-log';
import { SessionTokens } from '../../../auth/session-tokens';
import { SignInGate } from '../../../auth/sign-in-gate';
import { IdentityException } from '../../../identity.exception';
import { toPublicUser } from '../../../users/public-user';
import { UnverifiedAccountClaim } from '../../../users/unverified-account-claim';
import { User } from '../../../users/user.entity';
import { UserRepository } from '../../../users/user.repository';
import { AccountLinkDecision, decideAccountLink, displayNameFor } from '../../domain/account-linking';
import { OidcFailure, VerifiedIdentity } from '../../domain/oidc-provider-client';
import { hashState } from '../../domain/pkce';
import { OidcException } from '../../oidc.exception';
import { OauthAuthorizationRepository } from '../../oauth-authorization.repository';
import { OidcProviders } from '../../oidc-providers';
import { UserIdentityRepository } from '../../user-identity.repository';
import { providerOf } from '../start-oidc-sign-in/start-oidc-sign-in.service';

type Outcome = { granted: AuthResult } | { rejected: PlatterError };

/**
 * The provider's callback: spends the pending authorization its state names (once, before
 * anything else), trades the code for a verified ID token, then signs in the linked user, links an
 * account with the same verified email, or creates a customer without a password. Refusals are
 * thrown after the commit, so their audit entries stay. An account with 2FA on needs its code here
 * as at password login: the provider proves who the user is at the provider, not that they hold
 * this account's second factor.
 */
@Injectable()
export class CompleteOidcSignInService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly providers: OidcProviders,
    private readonly authorizations: OauthAuthorizationRepository,
    private readonly users: UserRepository,
    private readonly identities: UserIdentityRepository,
    private readonly events: EventPublisher,
    private readonly sessions: SessionTokens,
    private readonly gate: SignInGate,
    private readonly claim: UnverifiedAccountClaim,
    private readonly audit: AuditLog,
  ) {}

  async complete(data: OidcCallbackData): Promise<AuthResult> {
    const provider = providerOf(data);
    const client = this.providers.client(provider);
    if (!client) throw OidcException.notConfigured(provider);
    const pending = typeof data.state === 'string' && data.state !== '' ? await this.spendState(provider, data.state) : null;
    if (!pending) throw OidcException.invalidState();
    if (typeof data.error === 'string' && data.error !== '') throw OidcException.denied(data.error);
    if (typeof data.code !== 'string' || data.code === '') throw OidcException.missingCode();

    let identity: VerifiedIdentity;
    try {
      identity = await client.redeem(data.code, pending.code_verifier, pending.nonce);
    } catch (err) {
      if (!(err instanceof OidcFailure)) throw err;
      await this.audit.record({ action: 'login.failed', target: provider, detail: `${provider}: ${err.message}`.slice(0, 500) });
      throw OidcException.fromFailure(err);
    }

    let outcome: Outcome;
    try {
      outcome = await this.tx.run(() => this.signIn(identity, data));
    } catch (err) {
      throw concurrentSignInAsConflict(err);
    }
    if ('granted' in outcome) return outcome.granted;
    throw outcome.rejected;
  }

  /** Two callbacks with one state cannot both pass (one conditional UPDATE). */
  private spendState(provider: OidcProviderName, state: string): Promise<{ code_verifier: string; nonce: string } | null> {
    return this.authorizations.spendLive(hashState(state), provider);
  }

  private async signIn(identity: VerifiedIdentity, data: OidcCallbackData): Promise<Outcome> {
    const via = `via ${identity.provider}`;
    const link = await this.identities.findBySubject(identity.provider, identity.subject);
    const linkedUser = link ? await this.users.findById(link.user_id) : null;
    const userWithEmail = !linkedUser && identity.email ? await this.users.findByEmail(identity.email) : null;
    const decision: AccountLinkDecision<User> = decideAccountLink(identity, linkedUser, userWithEmail);

    if (decision.action === 'refuse') {
      if (decision.reason === 'account-disabled') {
        await this.audit.record({ action: 'login.blocked', actorId: decision.account.id, target: decision.account.id, detail: via });
        return { rejected: IdentityException.accountDisabled(decision.account.status) };
      }
      await this.audit.record({ action: 'login.failed', target: identity.email ?? identity.provider, detail: `${via}: ${decision.reason}` });
      return { rejected: decision.reason === 'email-unverified' ? OidcException.emailUnverified() : OidcException.emailMissing() };
    }

    let user: User;
    if (decision.action === 'create') {
      user = await this.createCustomer(identity, identity.provider === 'apple' ? data.user : undefined);
    } else if (decision.action === 'link' && decision.claimsUnverifiedAccount) {
      user = decision.account;
      await this.claim.claim(user, via);
    } else {
      user = decision.account;
      // Checked before linking, so a refused second factor links nothing.
      const refused = await this.gate.check(user, data.totp_code, via);
      if (refused === 'locked') return { rejected: IdentityException.lockedOut() };
      if (refused) return { rejected: refused === 'totp-required' ? IdentityException.totpRequired() : IdentityException.invalidTotp() };
    }
    if (decision.action !== 'sign-in') await this.linkIdentity(user, identity, decision.action === 'link');
    const tokens = await this.sessions.openSession(user);
    await this.audit.record({ action: 'login.succeeded', actorId: user.id, target: user.id, detail: via });
    return { granted: { user: toPublicUser(user), tokens } };
  }

  private async createCustomer(identity: VerifiedIdentity, appleUserJson: string | undefined): Promise<User> {
    const now = new Date();
    const id = randomUUID();
    // Only what this sign-in decides; the other columns take their defaults, read back below.
    await this.users.insertAccount({
      id,
      email: identity.email!,
      phone: null,
      name: displayNameFor(identity, appleUserJson),
      // No password: password login refuses this account like a wrong password until one is set.
      password_hash: null,
      role: 'customer',
      status: 'active',
      email_verified: identity.emailVerified,
      created_at: now,
      updated_at: now,
    });
    const user = await this.users.getById(id);
    await this.events.publish('user.registered', { user_id: user.id, email: user.email, name: user.name, phone: user.phone, role: user.role });
    await this.audit.record({ action: 'user.registered', actorId: user.id, target: user.id, detail: `via ${identity.provider}` });
    return user;
  }

  private async linkIdentity(user: User, identity: VerifiedIdentity, toExistingAccount: boolean): Promise<void> {
    await this.identities.insert({
      id: randomUUID(),
      provider: identity.provider,
      subject: identity.subject,
      user_id: user.id,
      email: identity.email,
      created_at: new Date(),
    });
    if (!toExistingAccount) return;
    // The provider verified the address the account was opened with.
    if (identity.emailVerified && !user.email_verified) {
      await this.users.updateColumns(user.id, { email_verified: true });
      user.email_verified = true;
    }
    await this.audit.record({ action: 'oidc.identity-linked', actorId: user.id, target: user.id, detail: `${identity.provider} ${identity.subject}` });
  }
}

/** Two first sign-ins racing (same provider account, or same new email): the unique index decides. */
function concurrentSignInAsConflict(err: unknown): unknown {
  const driverError = (err as { driverError?: { code?: string } }).driverError;
  return driverError?.code === '23505' ? new ConflictError('Another sign-in for this account is in progress; try again') : err;
}
