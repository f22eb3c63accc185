import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { TOPUP_METHODS, TopupMethod } from '@platter/contracts';

export class MobileMoneyInitiateDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  order_id: string;

  @ApiPropertyOptional({ example: '+237670000000', description: 'the number to push the payment to; defaults to the order’s payer phone' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  phone?: string;
}

export class CardCheckoutDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  order_id: string;
}

export class WalletTopupDto {
  @ApiProperty({ minimum: 1, maximum: 1_000_000, example: 5000, description: 'minor units of the currency (XAF has none)' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  amount: number;

  @ApiProperty({ enum: TOPUP_METHODS })
  @IsIn(TOPUP_METHODS)
  method: TopupMethod;

  @ApiPropertyOptional({ example: '+237670000000', description: 'required for campay and noupay' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  phone?: string;

  @ApiPropertyOptional({ example: 'XAF', default: 'XAF' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/)
  currency?: string;
}

export class WebhookProviderParamDto {
  @ApiProperty({ enum: ['campay', 'noupay', 'stripe', 'paymob'] })
  @IsIn(['campay', 'noupay', 'stripe', 'paymob'])
  provider: 'campay' | 'noupay' | 'stripe' | 'paymob';
}
