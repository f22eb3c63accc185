import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsBase64Text } from '@platter/storage';
import { DOCUMENT_KINDS, UploadRestaurantDocumentData } from '@platter/contracts';

/**
 * What the gateway forwards of a multipart upload: the edge reads the form (kind, file) and sends the
 * bytes base64, so this shape exists only between the gateway and catalog.
 */
export class UploadDocumentRequest implements UploadRestaurantDocumentData {
  @IsIn(DOCUMENT_KINDS) kind: string;
  @IsString() @IsNotEmpty() @MaxLength(255) file_name: string;
  @IsBase64Text() content_base64: string;
}
