import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { DELIVERY_LIFECYCLE, DeliveryStatus } from '@platter/contracts';
import { PageQueryDto } from '../../common/dto/page-query.dto';
import { QueryBoolean } from '../../common/dto/query-boolean';

export class OrderIdParamDto {
  @ApiProperty({ format: 'uuid', description: "The order's id" })
  @IsUUID()
  orderId: string;
}

export class AssignDeliveryDto {
  @ApiProperty({ format: 'uuid', description: 'An online, approved driver (GET /restaurant/drivers/nearby)' })
  @IsUUID()
  driver_id: string;
}

export class RestaurantDeliveriesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Admins only: the restaurant (others see the one their token acts for)' })
  @IsOptional()
  @IsUUID()
  restaurant_id?: string;
}

export class AdminDeliveriesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: DELIVERY_LIFECYCLE })
  @IsOptional()
  @IsIn(DELIVERY_LIFECYCLE)
  status?: DeliveryStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  restaurant_id?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  driver_id?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  order_id?: string;

  @ApiPropertyOptional({ description: 'true: only deliveries nobody took in time (flagged); false: only the others' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  flagged?: boolean;

  @ApiPropertyOptional({ description: 'true: only deliveries not yet delivered or cancelled; false: only finished ones' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  active?: boolean;
}

export class NearbyDriversQueryDto {
  @ApiPropertyOptional({ minimum: 0.1, maximum: 50, default: 5, description: 'km around the restaurant' })
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.1)
  @Max(50)
  radius_km?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Admins only: the restaurant' })
  @IsOptional()
  @IsUUID()
  restaurant_id?: string;
}
