import { EventPublisher } from '@platter/messaging';
import { PortOverride, ThrowawaySchema, createFeatureTestingModule } from '@platter/testing';
import { RequestPasswordResetService } from '../account-recovery/commands/request-password-reset/request-password-reset.service';
import { ResendEmailVerificationService } from '../account-recovery/commands/resend-email-verification/resend-email-verification.service';
import { AccountRecoveryModule } from '../account-recovery/account-recovery.module';
import { ResetPasswordService } from '../account-recovery/commands/reset-password/reset-password.service';
import { VerifyEmailService } from '../account-recovery/commands/verify-email/verify-email.service';
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
import { SessionTokens } from '../auth/session-tokens';
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
import { CompleteOidcSignInService } from '../oidc/commands/complete-oidc-sign-in/complete-oidc-sign-in.service';
import { StartOidcSignInService } from '../oidc/commands/start-oidc-sign-in/start-oidc-sign-in.service';
import { SigningKeys } from '../signing-keys/signing-keys.service';
import { ChangeUserStatusService } from '../users/commands/change-user-status/change-user-status.service';
import { DeleteUserService } from '../users/commands/delete-user/delete-user.service';
import { UpdateMeService } from '../users/commands/update-me/update-me.service';
import { userPii } from '../users/user-pii';
import { AdminBootstrapModule } from '../admin-bootstrap/admin-bootstrap.module';
import { AuthModule } from '../auth/auth.module';
import { GuestsModule } from '../guests/guests.module';
import { MembershipsModule } from '../memberships/memberships.module';
import { OidcModule } from '../oidc/oidc.module';
import { PhoneSignInModule } from '../phone-sign-in/phone-sign-in.module';
import { UsersModule } from '../users/users.module';

/** Identity's feature modules, as identityModule() imports them (without the platform). */
export const IDENTITY_FEATURES = [AuthModule, AccountRecoveryModule, UsersModule, MembershipsModule, GuestsModule, OidcModule, PhoneSignInModule, AdminBootstrapModule];

/**
 * Identity's use cases for medium tests, built by Nest from identity's own feature modules (so a
 * constructor change is made once, in the module) over `db`, a throwaway schema, with `overrides`
 * replacing ports (provider clients, RpcClient, ...). `get` reaches any other provider or RPC adapter.
 */
export async function identityServices(db: ThrowawaySchema, config: IdentityConfig = new IdentityConfig(), overrides: PortOverride[] = []) {
  // As identityModule() does: users.phone is encrypted with the configured keys.
  userPii.use(config.piiCipher);
  const bed = await createFeatureTestingModule({ service: 'identity', database: db, imports: IDENTITY_FEATURES, config, overrides });
  const get = bed.get;
  return {
    module: bed.module,
    get,
    /** Closes the module (the schema stays: the test drops it). */
    close: bed.close,
    config,
    audit: get(AuditLog),
    hasher: get(PasswordHasher),
    events: get(EventPublisher),
    keys: get(SigningKeys),
    sessions: get(SessionTokens),
    attempts: get(LoginAttempts),
    secondFactor: get(SecondFactor),
    guestSessions: get(GuestSessions),
    convertGuest: get(ConvertGuestService),
    startGuestSession: get(StartGuestSessionService),
    register: get(RegisterUserService),
    oneTimeTokens: get(OneTimeTokens),
    requestPasswordReset: get(RequestPasswordResetService),
    resetPassword: get(ResetPasswordService),
    verifyEmail: get(VerifyEmailService),
    resendEmailVerification: get(ResendEmailVerificationService),
    logIn: get(LogInService),
    refresh: get(RefreshSessionService),
    logOut: get(LogOutService),
    changeStatus: get(ChangeUserStatusService),
    updateMe: get(UpdateMeService),
    deleteUser: get(DeleteUserService),
    setUpTwoFactor: get(SetUpTwoFactorService),
    enableTwoFactor: get(EnableTwoFactorService),
    disableTwoFactor: get(DisableTwoFactorService),
    regenerateBackupCodes: get(RegenerateBackupCodesService),
    startOidcSignIn: get(StartOidcSignInService),
    completeOidcSignIn: get(CompleteOidcSignInService),
    team: get(RestaurantTeam),
    grantOwnerMembership: get(GrantOwnerMembershipService),
    addStaffMember: get(AddStaffMemberService),
    changeStaffRole: get(ChangeStaffRoleService),
    removeStaffMember: get(RemoveStaffMemberService),
    requestPhoneVerification: get(RequestPhoneVerificationService),
    verifyPhone: get(VerifyPhoneService),
    requestPhoneOtp: get(RequestPhoneOtpService),
    signInWithPhoneOtp: get(SignInWithPhoneOtpService),
  };
}

export type IdentityServices = Awaited<ReturnType<typeof identityServices>>;
