import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

/** Why an admin rejects or suspends a restaurant; the owner sees it. */
export class RestaurantReviewReasonDto {
  @ApiProperty({ example: 'The business licence is unreadable' })
  @IsString()
  @Length(1, 1000)
  reason: string;
}
