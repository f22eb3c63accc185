import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { RequestPhoneOtpHandler } from './commands/request-phone-otp/request-phone-otp.handler';
import { RequestPhoneOtpService } from './commands/request-phone-otp/request-phone-otp.service';
import { SignInWithPhoneOtpHandler } from './commands/sign-in-with-phone-otp/sign-in-with-phone-otp.handler';
import { SignInWithPhoneOtpService } from './commands/sign-in-with-phone-otp/sign-in-with-phone-otp.service';

/** Sign-in by a code texted to the account's phone (000's OTP). */
@Module({
  imports: [AuditModule, AuthModule],
  controllers: [RequestPhoneOtpHandler, SignInWithPhoneOtpHandler],
  providers: [RequestPhoneOtpService, SignInWithPhoneOtpService],
})
export class PhoneSignInModule {}
