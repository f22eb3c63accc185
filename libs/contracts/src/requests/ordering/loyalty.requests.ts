import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { SendReferralData, SubmitGuestFeedbackData, SubmitReviewData } from '../../rpc/loyalty';
import { IsEntityId } from '../field-rules';
import { IsTrackingToken } from './order.requests';

/** Body of POST /client/orders/:id/review and POST /guest/orders/:id/feedback: ratings 1 to 5. */
export class ReviewRequest implements Omit<SubmitReviewData, 'id'> {
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

/** `ordering.reviews.submit`: the review of the path's order. */
export class SubmitReviewRpcRequest extends ReviewRequest implements SubmitReviewData {
  @IsEntityId()
  id: string;
}

/** `ordering.reviews.guest-feedback`: with the order's tracking token. */
export class SubmitGuestFeedbackRpcRequest extends SubmitReviewRpcRequest implements SubmitGuestFeedbackData {
  @IsTrackingToken()
  token: string;
}

/**
 * Body of POST /client/referrals/send and `ordering.referrals.send`: exactly one of email or phone.
 * Ordering checks that, and reads the phone (E.164 or a national form), naming the field it refuses.
 */
export class SendReferralRequest implements SendReferralData {
  @ApiPropertyOptional({ example: 'friend@example.cm' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: '+237690000000', description: 'E.164 or a Cameroonian or Egyptian national form' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  phone?: string;
}
