import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { PageQueryDto } from '../../common/dto/page-query.dto';

const CURRENCY = /^[A-Z]{3}$/;
const CURRENCY_MESSAGE = 'currency must be a 3-letter ISO 4217 code, e.g. XAF';

export class WalletQueryDto {
  @ApiPropertyOptional({ example: 'XAF', description: 'Default XAF' })
  @IsOptional()
  @Matches(CURRENCY, { message: CURRENCY_MESSAGE })
  currency?: string;
}

export class WalletEntriesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'XAF' })
  @IsOptional()
  @Matches(CURRENCY, { message: CURRENCY_MESSAGE })
  currency?: string;
}

export class ChargeWalletDto {
  @ApiProperty({ format: 'uuid', description: 'A wallet order of yours whose payment is still open' })
  @IsUUID()
  order_id: string;
}

export class UserIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  user_id: string;
}

export class CreditWalletDto {
  @ApiProperty({ example: 5000, description: 'Minor units of the currency (XAF has none)' })
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  amount: number;

  @ApiPropertyOptional({ example: 'XAF' })
  @IsOptional()
  @Matches(CURRENCY, { message: CURRENCY_MESSAGE })
  currency?: string;

  @ApiProperty({ example: 'Goodwill: order arrived cold' })
  @IsString()
  @Length(1, 500)
  reason: string;
}
