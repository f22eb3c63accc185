import { ArrayMaxSize, ArrayUnique, IsArray, IsUUID } from 'class-validator';
import { ReorderCategoriesData } from '@platter/contracts';

export class ReorderCategoriesRequest implements ReorderCategoriesData {
  @IsArray() @ArrayMaxSize(200) @ArrayUnique() @IsUUID('all', { each: true }) category_ids: string[];
}
