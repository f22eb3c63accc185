import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { RestaurantReviewData } from '@platter/contracts';

export class RestaurantReviewRequest implements RestaurantReviewData {
  @IsUUID() id: string;
  @IsString() @IsNotEmpty() @MaxLength(1000) reason: string;
}
