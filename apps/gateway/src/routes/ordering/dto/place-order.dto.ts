import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { DELIVERY_TYPES, DeliveryType, PAYMENT_METHODS, PaymentMethod } from '@platter/contracts';

export class OrderItemDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  menu_item_id: string;

  @ApiProperty({ minimum: 1, maximum: 99 })
  @IsInt()
  @Min(1)
  @Max(99)
  quantity: number;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  notes?: string;
}

export class DeliveryAddressDto {
  @ApiProperty({ example: 'Akwa, Douala' })
  @IsString()
  @Length(1, 500)
  address: string;

  @ApiProperty({ minimum: -90, maximum: 90, example: 4.05 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  latitude: number;

  @ApiProperty({ minimum: -180, maximum: 180, example: 9.7 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  longitude: number;
}

/** Prices are not the client's to say: ordering reads them from its copy of the menu. */
export class PlaceOrderDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  restaurant_id: string;

  @ApiProperty({ type: [OrderItemDto], minItems: 1, maxItems: 50 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => OrderItemDto)
  items: OrderItemDto[];

  @ApiProperty({ enum: DELIVERY_TYPES })
  @IsIn(DELIVERY_TYPES)
  delivery_type: DeliveryType;

  @ApiPropertyOptional({ type: DeliveryAddressDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => DeliveryAddressDto)
  delivery_address?: DeliveryAddressDto;

  @ApiProperty({ enum: PAYMENT_METHODS })
  @IsIn(PAYMENT_METHODS)
  payment_method: PaymentMethod;
}
