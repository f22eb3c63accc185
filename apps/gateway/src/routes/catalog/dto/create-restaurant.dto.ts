import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsNumber, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { CreateRestaurantData } from '@platter/contracts';

export class CreateRestaurantDto implements CreateRestaurantData {
  @ApiProperty({ example: 'Chez Awa' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  description?: string;

  @ApiProperty({ example: 'Bonanjo, Douala' })
  @IsString()
  @Length(1, 500)
  address: string;

  @ApiPropertyOptional({ minimum: -90, maximum: 90, example: 4.05 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  latitude?: number;

  @ApiPropertyOptional({ minimum: -180, maximum: 180, example: 9.7 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  longitude?: number;

  @ApiPropertyOptional({ example: '+237690000000' })
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9][0-9 ]{5,19}$/, { message: 'phone must be a phone number such as +237690000000' })
  phone?: string;

  @ApiPropertyOptional({ example: 'contact@chezawa.cm' })
  @IsOptional()
  @IsEmail()
  email?: string;
}
