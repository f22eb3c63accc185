import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { RequestPhoneOtpHandler } from './commands/request-phone-otp/request-phone-otp.handler';
import { RequestPhoneOtpService } from './commands/request-phone-otp/request-phone-otp.service';
import { RequestPhoneVerificationHandler } from './commands/request-phone-verification/request-phone-verification.handler';
import { RequestPhoneVerificationService } from './commands/request-phone-verification/request-phone-verification.service';
import { SignInWithPhoneOtpHandler } from './commands/sign-in-with-phone-otp/sign-in-with-phone-otp.handler';
import { SignInWithPhoneOtpService } from './commands/sign-in-with-phone-otp/sign-in-with-phone-otp.service';
import { VerifyPhoneHandler } from './commands/verify-phone/verify-phone.handler';
import { VerifyPhoneService } from './commands/verify-phone/verify-phone.service';
import { PhoneCodes } from './phone-codes';

/** Texted codes (000's OTP): proving a phone is the user's, then signing in with it. */
@Module({
  imports: [AuditModule, AuthModule],
  controllers: [RequestPhoneVerificationHandler, VerifyPhoneHandler, RequestPhoneOtpHandler, SignInWithPhoneOtpHandler],
  providers: [PhoneCodes, RequestPhoneVerificationService, VerifyPhoneService, RequestPhoneOtpService, SignInWithPhoneOtpService],
})
export class PhoneSignInModule {}
