import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsObject, IsOptional, IsString, Length } from 'class-validator';
import { AvailabilityWindow, CreateCategoryData, MenuTranslations } from '@platter/contracts';

export class CreateCategoryDto implements CreateCategoryData {
  @ApiProperty({ example: 'Plats' })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiPropertyOptional({ example: { en: { name: 'Mains' }, fr: { name: 'Plats' } } })
  @IsOptional()
  @IsObject()
  translations?: MenuTranslations;

  @ApiPropertyOptional({ example: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '06:00', to: '11:00' }] })
  @IsOptional()
  @IsArray()
  @IsObject({ each: true })
  availability_schedule?: AvailabilityWindow[] | null;
}
