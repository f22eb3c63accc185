import { Provider } from '@nestjs/common';
import { CatalogConfig } from '../catalog.config';
import { DocumentStore } from './document-store';
import { LocalDiskStore } from './local-disk-store';
import { S3Store } from './s3-store';

/** DOCUMENT_STORE picks the adapter: local disk (default) or an S3-compatible store. */
export const documentStoreProvider: Provider = {
  provide: DocumentStore,
  inject: [CatalogConfig],
  useFactory: (config: CatalogConfig): DocumentStore =>
    config.DOCUMENT_STORE === 's3'
      ? new S3Store({
          endpoint: config.S3_ENDPOINT!,
          bucket: config.S3_BUCKET!,
          region: config.S3_REGION,
          accessKeyId: config.S3_ACCESS_KEY_ID!,
          secretAccessKey: config.S3_SECRET_ACCESS_KEY!,
        })
      : new LocalDiskStore(config.DOCUMENT_STORE_DIR),
};
