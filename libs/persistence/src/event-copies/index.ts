export * from './copy-if-newer';
