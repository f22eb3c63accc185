/** Transitional: `?page&limit` is the shared PageRequest of libs/contracts, re-exported under its former name. */
export { PageRequest as PageQueryDto } from '@platter/contracts';
