import { IsNotEmpty, IsString, ValidateIf } from 'class-validator';
import { OneOf, ServiceWithDatabaseConfig, UrlWithScheme } from '@platter/config';

export class CatalogConfig extends ServiceWithDatabaseConfig {
  override PORT = 3102;

  /** Where KYC documents' bytes go: `local` (DOCUMENT_STORE_DIR) or `s3` (any S3-compatible store, S3_*). */
  @OneOf(['local', 's3'])
  DOCUMENT_STORE: 'local' | 's3' = 'local';

  @IsString() @IsNotEmpty()
  DOCUMENT_STORE_DIR: string = 'tmp/documents';

  @ValidateIf((c: CatalogConfig) => c.DOCUMENT_STORE === 's3') @UrlWithScheme(['http', 'https'])
  S3_ENDPOINT?: string;

  @ValidateIf((c: CatalogConfig) => c.DOCUMENT_STORE === 's3') @IsString() @IsNotEmpty()
  S3_BUCKET?: string;

  @IsString() @IsNotEmpty()
  S3_REGION: string = 'us-east-1';

  @ValidateIf((c: CatalogConfig) => c.DOCUMENT_STORE === 's3') @IsString() @IsNotEmpty()
  S3_ACCESS_KEY_ID?: string;

  @ValidateIf((c: CatalogConfig) => c.DOCUMENT_STORE === 's3') @IsString() @IsNotEmpty()
  S3_SECRET_ACCESS_KEY?: string;

  /** Public browsing cache (restaurant details and menus); reads fall back to PostgreSQL while it is down. */
  @UrlWithScheme(['redis', 'rediss'])
  REDIS_URL: string = 'redis://127.0.0.1:6379';
}
