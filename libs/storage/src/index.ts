export * from './document-store';
export * from './document-store.provider';
export * from './local-disk-store';
export * from './s3-store';
export * from './sigv4';
export * from './file-type';
export * from './base64-text';
export * from './stored-documents';
