import { IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';
import { SendReferralData } from '@platter/contracts';

/** Exactly one of email or phone (checked by the service, which names the field). */
export class SendReferralRequest implements SendReferralData {
  @IsOptional() @IsEmail() @MaxLength(254) email?: string;
  @IsOptional() @IsString() @MaxLength(32) phone?: string;
}
