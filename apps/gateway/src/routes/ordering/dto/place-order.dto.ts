import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min,
  ValidateNested,
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

  @ApiPropertyOptional({ format: 'uuid', description: "one of the item's variants (sizes); required when it has any" })
  @IsOptional()
  @IsUUID()
  variant_id?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: "chosen modifier options, within each group's min and max choices" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique({ message: 'modifier_ids must not repeat an option' })
  @IsUUID('all', { each: true })
  modifier_ids?: string[];
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

  @ApiProperty({ enum: PAYMENT_METHODS, description: 'guests: cash, campay or noupay' })
  @IsIn(PAYMENT_METHODS)
  payment_method: PaymentMethod;

  @ApiPropertyOptional({ example: 'WELCOME10', description: "case-insensitive; the restaurant's own coupon, else a platform-wide one" })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  coupon_code?: string;

  @ApiPropertyOptional({ minimum: 0, example: 500, description: 'customers, XAF orders: 100 points = 100 XAF off, in whole hundreds' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  loyalty_points?: number;

  @ApiPropertyOptional({ description: 'customers, delivery orders: 200 points for a free delivery' })
  @IsOptional()
  @IsBoolean()
  redeem_free_delivery?: boolean;

  @ApiPropertyOptional({ example: '+237670000000', description: "the mobile-money number to charge when it is not the buyer's own" })
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9][0-9 ]{5,19}$/, { message: 'payer_phone must be a phone number such as +237690000000' })
  payer_phone?: string;
}
