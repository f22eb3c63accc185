import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { CompleteOidcSignInRpc } from './commands/complete-oidc-sign-in/complete-oidc-sign-in.rpc';
import { CompleteOidcSignInService } from './commands/complete-oidc-sign-in/complete-oidc-sign-in.service';
import { StartOidcSignInRpc } from './commands/start-oidc-sign-in/start-oidc-sign-in.rpc';
import { StartOidcSignInService } from './commands/start-oidc-sign-in/start-oidc-sign-in.service';
import { OauthAuthorizationRepository } from './oauth-authorization.repository';
import { OidcProviders } from './oidc-providers';
import { UserIdentityRepository } from './user-identity.repository';

/** Sign-in with Google and Apple (OpenID Connect, authorization code + PKCE). */
@Module({
  imports: [AuthModule, AuditModule],
  controllers: [StartOidcSignInRpc, CompleteOidcSignInRpc],
  providers: [OauthAuthorizationRepository, UserIdentityRepository, OidcProviders, StartOidcSignInService, CompleteOidcSignInService],
  exports: [UserIdentityRepository],
})
export class OidcModule {}
