import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsBase64Text } from '@platter/storage';
import { UploadRestaurantDocumentData } from '@platter/contracts';
import { DOCUMENT_KINDS } from './document-kinds';

export class UploadDocumentRequest implements UploadRestaurantDocumentData {
  @IsIn(DOCUMENT_KINDS) kind: string;
  @IsString() @IsNotEmpty() @MaxLength(255) file_name: string;
  @IsBase64Text() content_base64: string;
}
