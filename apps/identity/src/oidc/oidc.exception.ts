import { OidcProviderName, PlatterError } from '@platter/contracts';
import { OidcFailure } from './domain/oidc-provider-client';

/** Errors of sign-in with an OpenID Connect provider; codes come from ERROR_STATUS. */
export class OidcException extends PlatterError {
  static notConfigured(provider: OidcProviderName): OidcException {
    return new OidcException('OAUTH_PROVIDER_NOT_CONFIGURED', `Sign-in with ${provider} is not configured on this server`);
  }

  /** Unknown, expired, reused and forged states get one answer: start the sign-in again. */
  static invalidState(): OidcException {
    return new OidcException('OAUTH_STATE_INVALID', 'The sign-in state is unknown, expired or already used; start the sign-in again');
  }

  static denied(error: string): OidcException {
    return new OidcException('OAUTH_CODE_REJECTED', `The provider did not authorize the sign-in (${error.slice(0, 100)})`);
  }

  static missingCode(): OidcException {
    return new OidcException('OAUTH_CODE_REJECTED', 'The callback carries no authorization code');
  }

  static fromFailure(failure: OidcFailure): OidcException {
    const code = { 'code-rejected': 'OAUTH_CODE_REJECTED', 'id-token-invalid': 'OAUTH_ID_TOKEN_INVALID', 'provider-error': 'OAUTH_PROVIDER_ERROR' }[failure.kind];
    return new OidcException(code, failure.message);
  }

  static emailUnverified(): OidcException {
    return new OidcException(
      'CONFLICT',
      'An account with this email already exists and the provider has not verified the email: log in with your password',
    );
  }

  static emailMissing(): OidcException {
    return new OidcException('OAUTH_EMAIL_MISSING', 'The provider shared no email address, which a new account needs');
  }
}
