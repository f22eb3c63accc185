import { EventPublisher } from '@platter/messaging';
import { TransactionHost } from '@platter/persistence';
import { RequestPasswordResetService } from '../account-recovery/commands/request-password-reset/request-password-reset.service';
import { ResendEmailVerificationService } from '../account-recovery/commands/resend-email-verification/resend-email-verification.service';
import { ResetPasswordService } from '../account-recovery/commands/reset-password/reset-password.service';
import { VerifyEmailService } from '../account-recovery/commands/verify-email/verify-email.service';
import { EmailVerificationRequests } from '../account-recovery/email-verification-requests';
import { OneTimeTokens } from '../account-recovery/one-time-tokens';
import { AuditLog } from '../audit/audit-log';
import { DisableTwoFactorService } from '../auth/commands/disable-two-factor/disable-two-factor.service';
import { EnableTwoFactorService } from '../auth/commands/enable-two-factor/enable-two-factor.service';
import { LogInService } from '../auth/commands/log-in/log-in.service';
import { LogOutService } from '../auth/commands/log-out/log-out.service';
import { RefreshSessionService } from '../auth/commands/refresh-session/refresh-session.service';
import { RegenerateBackupCodesService } from '../auth/commands/regenerate-backup-codes/regenerate-backup-codes.service';
import { RegisterUserService } from '../auth/commands/register-user/register-user.service';
import { SetUpTwoFactorService } from '../auth/commands/set-up-two-factor/set-up-two-factor.service';
import { PasswordHasher } from '../auth/domain/password-hasher';
import { LoginAttempts } from '../auth/login-attempts';
import { SecondFactor } from '../auth/second-factor';
import { SecurityAlerts } from '../auth/security-alerts';
import { SessionTokens } from '../auth/session-tokens';
import { SignInGate } from '../auth/sign-in-gate';
import { ConvertGuestService } from '../guests/commands/convert-guest/convert-guest.service';
import { StartGuestSessionService } from '../guests/commands/start-guest-session/start-guest-session.service';
import { GuestSessions } from '../guests/guest-sessions';
import { IdentityConfig } from '../identity.config';
import { AddStaffMemberService } from '../memberships/commands/add-staff-member/add-staff-member.service';
import { ChangeStaffRoleService } from '../memberships/commands/change-staff-role/change-staff-role.service';
import { GrantOwnerMembershipService } from '../memberships/commands/grant-owner-membership/grant-owner-membership.service';
import { RemoveStaffMemberService } from '../memberships/commands/remove-staff-member/remove-staff-member.service';
import { RestaurantTeam } from '../memberships/restaurant-team';
import { RequestPhoneOtpService } from '../phone-sign-in/commands/request-phone-otp/request-phone-otp.service';
import { RequestPhoneVerificationService } from '../phone-sign-in/commands/request-phone-verification/request-phone-verification.service';
import { SignInWithPhoneOtpService } from '../phone-sign-in/commands/sign-in-with-phone-otp/sign-in-with-phone-otp.service';
import { VerifyPhoneService } from '../phone-sign-in/commands/verify-phone/verify-phone.service';
import { PhoneCodes } from '../phone-sign-in/phone-codes';
import { CompleteOidcSignInService } from '../oidc/commands/complete-oidc-sign-in/complete-oidc-sign-in.service';
import { StartOidcSignInService } from '../oidc/commands/start-oidc-sign-in/start-oidc-sign-in.service';
import { OidcProviders } from '../oidc/oidc-providers';
import { SigningKeys } from '../signing-keys/signing-keys.service';
import { UnverifiedAccountClaim } from '../users/unverified-account-claim';
import { ChangeUserStatusService } from '../users/commands/change-user-status/change-user-status.service';
import { DeleteUserService } from '../users/commands/delete-user/delete-user.service';
import { UpdateMeService } from '../users/commands/update-me/update-me.service';
import { userPii } from '../users/user-pii';

/**
 * Identity's use cases wired over one TransactionHost as its Nest modules wire them, for medium
 * tests: a constructor change is made here once, not in every spec.
 */
export function identityServices(tx: TransactionHost, config: IdentityConfig = new IdentityConfig()) {
  // As identityModule() does: users.phone is encrypted with the configured keys.
  userPii.use(config.piiCipher);
  const audit = new AuditLog(tx);
  const hasher = new PasswordHasher({ memoryCost: config.ARGON2_MEMORY_KIB, timeCost: config.ARGON2_TIME_COST, parallelism: config.ARGON2_PARALLELISM });
  const events = new EventPublisher(tx, 'identity');
  const keys = new SigningKeys(tx, config);
  const sessions = new SessionTokens(tx, keys, config);
  const attempts = new LoginAttempts(tx, config, audit);
  const secondFactor = new SecondFactor(tx, audit);
  const gate = new SignInGate(secondFactor, attempts, audit);
  const claim = new UnverifiedAccountClaim(tx, sessions, audit);
  const oneTimeTokens = new OneTimeTokens(tx, config);
  const verificationRequests = new EmailVerificationRequests(tx, oneTimeTokens, events, audit);
  const guestSessions = new GuestSessions(tx);
  const convertGuest = new ConvertGuestService(guestSessions, events, audit);
  return {
    config, audit, hasher, events, keys, sessions, attempts, secondFactor,
    guestSessions, convertGuest,
    startGuestSession: new StartGuestSessionService(tx, guestSessions, config),
    register: new RegisterUserService(tx, events, hasher, sessions, audit, convertGuest, verificationRequests),
    oneTimeTokens,
    requestPasswordReset: new RequestPasswordResetService(tx, oneTimeTokens, events, audit),
    resetPassword: new ResetPasswordService(tx, oneTimeTokens, hasher, attempts, sessions, events, audit, claim),
    verifyEmail: new VerifyEmailService(tx, oneTimeTokens, audit),
    resendEmailVerification: new ResendEmailVerificationService(tx, verificationRequests),
    logIn: new LogInService(tx, hasher, sessions, audit, gate, attempts),
    refresh: new RefreshSessionService(tx, sessions, audit, new SecurityAlerts(tx, events, audit)),
    logOut: new LogOutService(tx, sessions, audit),
    changeStatus: new ChangeUserStatusService(tx, events, sessions, audit, attempts),
    updateMe: new UpdateMeService(tx, audit, events),
    deleteUser: new DeleteUserService(tx, events, sessions, audit),
    setUpTwoFactor: new SetUpTwoFactorService(tx, secondFactor),
    enableTwoFactor: new EnableTwoFactorService(tx, secondFactor, audit),
    disableTwoFactor: new DisableTwoFactorService(tx, secondFactor, audit, attempts),
    regenerateBackupCodes: new RegenerateBackupCodesService(tx, secondFactor, audit, attempts),
    ...oidcServices(tx, config, events, sessions, gate, claim, audit),
    ...membershipServices(tx, events, sessions, audit),
    ...phoneServices(tx, config, events, sessions, attempts, gate, audit),
  };
}

function oidcServices(tx: TransactionHost, config: IdentityConfig, events: EventPublisher, sessions: SessionTokens, gate: SignInGate, claim: UnverifiedAccountClaim, audit: AuditLog) {
  const oidcProviders = new OidcProviders(config);
  return {
    startOidcSignIn: new StartOidcSignInService(tx, oidcProviders),
    completeOidcSignIn: new CompleteOidcSignInService(tx, oidcProviders, events, sessions, gate, claim, audit),
  };
}

function membershipServices(tx: TransactionHost, events: EventPublisher, sessions: SessionTokens, audit: AuditLog) {
  const team = new RestaurantTeam(tx);
  return {
    team,
    grantOwnerMembership: new GrantOwnerMembershipService(tx),
    addStaffMember: new AddStaffMemberService(tx, team, events, audit),
    changeStaffRole: new ChangeStaffRoleService(tx, team, events, audit),
    removeStaffMember: new RemoveStaffMemberService(tx, team, sessions, events, audit),
  };
}

function phoneServices(tx: TransactionHost, config: IdentityConfig, events: EventPublisher, sessions: SessionTokens, attempts: LoginAttempts, gate: SignInGate, audit: AuditLog) {
  const codes = new PhoneCodes(tx, events, audit, config);
  return {
    requestPhoneVerification: new RequestPhoneVerificationService(tx, codes),
    verifyPhone: new VerifyPhoneService(tx, codes, audit),
    requestPhoneOtp: new RequestPhoneOtpService(tx, codes, attempts),
    signInWithPhoneOtp: new SignInWithPhoneOtpService(tx, sessions, attempts, gate, codes, audit),
  };
}
