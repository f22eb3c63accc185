import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsEmail, IsOptional, IsString, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { GuestContactData } from '@platter/contracts';
import { PlaceOrderDto } from './place-order.dto';

export class GuestContactDto implements GuestContactData {
  @ApiProperty({ example: 'Awa Ngono' })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty({ example: '+237690000000' })
  @IsString()
  @Matches(/^\+?[0-9][0-9 ]{5,19}$/, { message: 'phone must be a phone number such as +237690000000' })
  phone: string;

  @ApiPropertyOptional({ example: 'awa@example.cm' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;
}

/** POST /client/orders' body plus how to reach the guest. */
export class PlaceGuestOrderDto extends PlaceOrderDto {
  @ApiProperty({ type: GuestContactDto })
  @IsDefined({ message: 'guest is required: how to reach the guest about the order' })
  @ValidateNested()
  @Type(() => GuestContactDto)
  guest: GuestContactDto;
}
