import { Provider } from '@nestjs/common';
import { DocumentStore } from './document-store';
import { LocalDiskStore } from './local-disk-store';
import { S3Store } from './s3-store';

/** The settings a service's config carries for its document store (validated there, at start). */
export interface DocumentStoreSettings {
  /** `local` (files under DOCUMENT_STORE_DIR) or `s3` (any S3-compatible store, S3_*). */
  DOCUMENT_STORE: 'local' | 's3';
  DOCUMENT_STORE_DIR: string;
  S3_ENDPOINT?: string;
  S3_BUCKET?: string;
  S3_REGION: string;
  S3_ACCESS_KEY_ID?: string;
  S3_SECRET_ACCESS_KEY?: string;
}

/** The adapter DOCUMENT_STORE picks: local disk (default) or an S3-compatible store. */
export function createDocumentStore(settings: DocumentStoreSettings): DocumentStore {
  return settings.DOCUMENT_STORE === 's3'
    ? new S3Store({
        endpoint: settings.S3_ENDPOINT!,
        bucket: settings.S3_BUCKET!,
        region: settings.S3_REGION,
        accessKeyId: settings.S3_ACCESS_KEY_ID!,
        secretAccessKey: settings.S3_SECRET_ACCESS_KEY!,
      })
    : new LocalDiskStore(settings.DOCUMENT_STORE_DIR);
}

/** Provides DocumentStore from the service's config class (injected by that class). */
export function documentStoreProvider(configClass: abstract new (...args: never[]) => DocumentStoreSettings): Provider {
  return { provide: DocumentStore, inject: [configClass], useFactory: createDocumentStore };
}
