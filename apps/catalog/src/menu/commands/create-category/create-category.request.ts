import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { CreateCategoryData } from '@platter/contracts';

export class CreateCategoryRequest implements CreateCategoryData {
  @IsString() @IsNotEmpty() @MaxLength(100) name: string;
}
