import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { CreateCategoryData } from '@platter/contracts';

export class CreateCategoryDto implements CreateCategoryData {
  @ApiProperty({ example: 'Plats' })
  @IsString()
  @Length(1, 100)
  name: string;
}
