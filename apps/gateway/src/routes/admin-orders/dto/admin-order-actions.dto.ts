import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import { ORDER_STATUSES, OrderStatus } from '@platter/contracts';

export class AdminSetOrderStatusDto {
  @ApiProperty({ enum: ORDER_STATUSES, description: 'any move the state machine allows, or cancelled from any non-final status' })
  @IsIn(ORDER_STATUSES)
  status: OrderStatus;

  @ApiProperty({ example: 'Customer called: the restaurant confirmed by phone' })
  @IsString()
  @Length(1, 500)
  reason: string;
}

export class AdminRefundOrderDto {
  @ApiPropertyOptional({ description: 'minor units; absent = everything not yet refunded', minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  amount?: number;

  @ApiProperty({ example: 'Cold food' })
  @IsString()
  @Length(1, 500)
  reason: string;

  @ApiPropertyOptional({ description: "credit the customer's wallet instead of the original payment" })
  @IsOptional()
  @IsBoolean()
  to_wallet?: boolean;
}

export class AdminSagaResumeDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class AdminSagaCompensateDto {
  @ApiProperty({ example: 'Restaurant closed, order cannot be fulfilled' })
  @IsString()
  @Length(1, 500)
  reason: string;
}
