import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, MaxLength } from 'class-validator';
import { ForgotPasswordData } from '@platter/contracts';

export class ForgotPasswordDto implements ForgotPasswordData {
  @ApiProperty({ example: 'awa@example.cm' })
  @IsEmail()
  @MaxLength(254)
  email: string;
}
