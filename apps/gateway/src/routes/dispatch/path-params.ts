import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/**
 * Path parameters of the dispatch routes: edge-only, since the gateway renames them into the request
 * dispatch checks (`:orderId` → `order_id`, `:documentId` → `document_id`).
 */

export class OrderIdParamDto {
  @ApiProperty({ format: 'uuid', description: "The order's id" })
  @IsUUID()
  orderId: string;
}

export class DriverDocumentParamDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() documentId: string;
}
