import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { RequestPhoneOtpRpc } from './commands/request-phone-otp/request-phone-otp.rpc';
import { RequestPhoneOtpService } from './commands/request-phone-otp/request-phone-otp.service';
import { RequestPhoneVerificationRpc } from './commands/request-phone-verification/request-phone-verification.rpc';
import { RequestPhoneVerificationService } from './commands/request-phone-verification/request-phone-verification.service';
import { SignInWithPhoneOtpRpc } from './commands/sign-in-with-phone-otp/sign-in-with-phone-otp.rpc';
import { SignInWithPhoneOtpService } from './commands/sign-in-with-phone-otp/sign-in-with-phone-otp.service';
import { VerifyPhoneRpc } from './commands/verify-phone/verify-phone.rpc';
import { VerifyPhoneService } from './commands/verify-phone/verify-phone.service';
import { PhoneCodeRepository } from './phone-code.repository';
import { PhoneCodes } from './phone-codes';

/** Texted one-time codes: proving a phone is the user's, then signing in with it. */
@Module({
  imports: [AuditModule, AuthModule],
  controllers: [RequestPhoneVerificationRpc, VerifyPhoneRpc, RequestPhoneOtpRpc, SignInWithPhoneOtpRpc],
  providers: [PhoneCodeRepository, PhoneCodes, RequestPhoneVerificationService, VerifyPhoneService, RequestPhoneOtpService, SignInWithPhoneOtpService],
  exports: [PhoneCodeRepository],
})
export class PhoneSignInModule {}
