import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsBase64Text } from '@platter/storage';
import { DRIVER_DOCUMENT_TYPES, DriverDocumentType, UploadDriverDocumentData } from '@platter/contracts';

export class UploadDriverDocumentRequest implements UploadDriverDocumentData {
  @IsIn(DRIVER_DOCUMENT_TYPES) type: DriverDocumentType;
  @IsString() @IsNotEmpty() @MaxLength(255) file_name: string;
  @IsBase64Text() content_base64: string;
}
