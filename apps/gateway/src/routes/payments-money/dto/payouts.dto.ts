import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { PageQueryDto } from '../../common/dto/page-query.dto';

export class RequestPayoutDto {
  @ApiProperty({ example: 5000, description: 'Minor units; at most the available balance' })
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  amount: number;

  @ApiPropertyOptional({ example: '+237670000000', description: 'Mobile-money number to pay (E.164)' })
  @IsOptional()
  @Matches(/^\+[1-9]\d{7,14}$/, { message: 'phone must be an E.164 number, e.g. +237670000000' })
  phone?: string;
}

export class MyPayoutsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['pending', 'paid', 'failed'] })
  @IsOptional()
  @IsIn(['pending', 'paid', 'failed'])
  status?: 'pending' | 'paid' | 'failed';
}

export class PayoutsQueryDto extends MyPayoutsQueryDto {
  @ApiPropertyOptional({ enum: ['restaurant', 'driver'] })
  @IsOptional()
  @IsIn(['restaurant', 'driver'])
  payee_type?: 'restaurant' | 'driver';

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  payee_id?: string;

  @ApiPropertyOptional({ example: '2025-09-01T00:00:00Z' })
  @IsOptional()
  @IsISO8601()
  from?: string;

  @ApiPropertyOptional({ example: '2025-10-01T00:00:00Z' })
  @IsOptional()
  @IsISO8601()
  to?: string;
}

export class RunPayoutsDto {
  @ApiPropertyOptional({ description: 'Pay out records due up to this time (default now)' })
  @IsOptional()
  @IsISO8601()
  as_of?: string;
}

export class PayoutStatusDto {
  @ApiProperty({ enum: ['paid', 'failed'] })
  @IsIn(['paid', 'failed'])
  status: 'paid' | 'failed';

  @ApiPropertyOptional({ example: 'MOMO-2025-0917-001', description: 'The transfer reference' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  reference?: string;

  @ApiPropertyOptional({ example: 'Number not registered for mobile money' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  reason?: string;
}

export class CommissionsReportQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '2025-09-01T00:00:00Z', description: 'Completed at or after' })
  @IsOptional()
  @IsISO8601()
  from?: string;

  @ApiPropertyOptional({ example: '2025-10-01T00:00:00Z', description: 'Completed before' })
  @IsOptional()
  @IsISO8601()
  to?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  restaurant_id?: string;
}
