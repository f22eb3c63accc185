import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { DRIVER_STATUSES, DriverStatus } from '../../events';
import { AdminDriversQuery, DriverDocumentRefData, DriverReviewData } from '../../rpc/dispatch';
import { PageRequest, QueryBoolean } from '../common';
import { IsEntityId } from '../field-rules';

/** `GET /admin/drivers`. */
export class AdminDriversRequest extends PageRequest implements AdminDriversQuery {
  @ApiPropertyOptional({ enum: DRIVER_STATUSES })
  @IsOptional()
  @IsIn(DRIVER_STATUSES)
  status?: DriverStatus;

  @ApiPropertyOptional({ description: 'true: online drivers only; false: offline ones' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  online?: boolean;

  @ApiPropertyOptional({ description: 'Part of a name, phone, plate or licence number, or a driver id' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

/** `POST /admin/drivers/:id/reject|suspend`: why an admin rejects or suspends a driver; the driver sees it. */
export class DriverReviewReasonBody {
  @ApiProperty({ example: 'The driving licence has expired' })
  @IsString()
  @Length(1, 1000)
  reason: string;
}

/** The reason with the driver's id from the path, as dispatch receives it. */
export class DriverReviewRequest extends DriverReviewReasonBody implements DriverReviewData {
  @IsEntityId({ description: "The driver's id" })
  id: string;
}

/** `GET /admin/drivers/:id/documents/:documentId` as dispatch receives it. */
export class DriverDocumentRefRequest implements DriverDocumentRefData {
  @IsUUID() driver_id: string;
  @IsUUID() document_id: string;
}
