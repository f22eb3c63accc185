import { RpcContract } from '../rpc-contract';
import { RPC } from '../rpc-patterns';
import { IdData, Page } from '../catalog';
import {
  AddStaffData,
  AdminUserListQuery,
  AuditLogEntryView,
  AuditLogQuery,
  AuthResult,
  BackupCodesIssued,
  BackupCodesRemaining,
  ChangeStaffRoleData,
  CurrentUser,
  EmailVerificationResent,
  ForgotPasswordData,
  ForgotPasswordResult,
  GuestSessionStarted,
  GuestSessionTokenData,
  GuestSessionView,
  JwksResult,
  LoginData,
  LogoutData,
  LogoutResult,
  MyRestaurantMembership,
  OidcAuthorizationUrl,
  OidcCallbackData,
  OidcStartData,
  OtpSent,
  PhoneCodeData,
  PhoneOtpRequestData,
  PhoneOtpSignInData,
  PublicUser,
  RefreshData,
  RegisterData,
  ResetPasswordData,
  ResetPasswordResult,
  SetUserStatusData,
  SigningKeyRotated,
  StaffMemberRemoved,
  StaffMemberView,
  StartGuestSessionData,
  TwoFactorCodeData,
  TwoFactorDisabledResult,
  TwoFactorEnabledResult,
  TwoFactorSetupResult,
  UnlockAccountData,
  UnlockAccountResult,
  UpdateMeData,
  VerifyEmailData,
  VerifyEmailResult,
} from '../identity';

/** A request whose only input is the caller (the actor): its data is empty. */
type NoData = Record<string, never>;

/**
 * identity's request/reply patterns with the request each takes and the result it answers. The gateway's
 * RpcClient.call and the service's @RpcEndpoint are both typed from this map.
 */
export interface IdentityRpcMap {
  [RPC.identity.register]: RpcContract<RegisterData, AuthResult>;
  [RPC.identity.login]: RpcContract<LoginData, AuthResult>;
  [RPC.identity.refresh]: RpcContract<RefreshData, AuthResult>;
  [RPC.identity.logout]: RpcContract<LogoutData, LogoutResult>;
  [RPC.identity.jwks]: RpcContract<NoData, JwksResult>;
  [RPC.identity.forgotPassword]: RpcContract<ForgotPasswordData, ForgotPasswordResult>;
  [RPC.identity.unlockAccount]: RpcContract<UnlockAccountData, UnlockAccountResult>;
  [RPC.identity.resetPassword]: RpcContract<ResetPasswordData, ResetPasswordResult>;
  [RPC.identity.verifyEmail]: RpcContract<VerifyEmailData, VerifyEmailResult>;
  [RPC.identity.resendEmailVerification]: RpcContract<NoData, EmailVerificationResent>;
  [RPC.identity.me]: RpcContract<NoData, CurrentUser>;
  [RPC.identity.updateMe]: RpcContract<UpdateMeData, CurrentUser>;
  [RPC.identity.myMemberships]: RpcContract<NoData, MyRestaurantMembership[]>;
  [RPC.identity.twoFactorSetup]: RpcContract<NoData, TwoFactorSetupResult>;
  [RPC.identity.twoFactorVerify]: RpcContract<TwoFactorCodeData, TwoFactorEnabledResult>;
  [RPC.identity.twoFactorDisable]: RpcContract<TwoFactorCodeData, TwoFactorDisabledResult>;
  [RPC.identity.backupCodesRemaining]: RpcContract<NoData, BackupCodesRemaining>;
  [RPC.identity.backupCodesRegenerate]: RpcContract<TwoFactorCodeData, BackupCodesIssued>;
  [RPC.identity.adminListUsers]: RpcContract<AdminUserListQuery, Page<PublicUser>>;
  [RPC.identity.adminGetUser]: RpcContract<IdData, PublicUser>;
  [RPC.identity.adminSetUserStatus]: RpcContract<SetUserStatusData, PublicUser>;
  [RPC.identity.adminDeleteUser]: RpcContract<IdData, PublicUser>;
  [RPC.identity.adminAuditLog]: RpcContract<AuditLogQuery, Page<AuditLogEntryView>>;
  [RPC.identity.adminRotateSigningKey]: RpcContract<NoData, SigningKeyRotated>;
  [RPC.identity.guestSessionStart]: RpcContract<StartGuestSessionData, GuestSessionStarted>;
  [RPC.identity.guestSessionGet]: RpcContract<GuestSessionTokenData, GuestSessionView>;
  [RPC.identity.oidcStart]: RpcContract<OidcStartData, OidcAuthorizationUrl>;
  [RPC.identity.oidcComplete]: RpcContract<OidcCallbackData, AuthResult>;
  [RPC.identity.staffList]: RpcContract<NoData, StaffMemberView[]>;
  [RPC.identity.staffAdd]: RpcContract<AddStaffData, StaffMemberView>;
  [RPC.identity.staffChangeRole]: RpcContract<ChangeStaffRoleData, StaffMemberView>;
  [RPC.identity.staffRemove]: RpcContract<IdData, StaffMemberRemoved>;
  [RPC.identity.phoneOtpRequest]: RpcContract<PhoneOtpRequestData, OtpSent>;
  [RPC.identity.phoneOtpSignIn]: RpcContract<PhoneOtpSignInData, AuthResult>;
  [RPC.identity.phoneVerificationRequest]: RpcContract<NoData, OtpSent>;
  [RPC.identity.phoneVerify]: RpcContract<PhoneCodeData, CurrentUser>;
}
