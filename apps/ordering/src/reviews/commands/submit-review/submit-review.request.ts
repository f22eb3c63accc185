import { IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { SubmitGuestFeedbackData, SubmitReviewData } from '@platter/contracts';

export class SubmitReviewRequest implements SubmitReviewData {
  @IsUUID() id: string;
  @IsInt() @Min(1) @Max(5) rating: number;
  @IsOptional() @IsString() @MaxLength(2000) comment?: string;
  @IsOptional() @IsInt() @Min(1) @Max(5) driver_rating?: number;
}

export class SubmitGuestFeedbackRequest extends SubmitReviewRequest implements SubmitGuestFeedbackData {
  @IsString() @Length(1, 128) token: string;
}
