import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** POST /client/orders/:id/review and POST /guest/orders/:id/feedback: ratings 1 to 5. */
export class ReviewDto {
  @ApiProperty({ minimum: 1, maximum: 5, example: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  rating: number;

  @ApiPropertyOptional({ maxLength: 2000, example: 'Hot and on time' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 5, description: 'the driver, for a delivered order' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  driver_rating?: number;
}
