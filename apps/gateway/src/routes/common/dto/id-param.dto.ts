/** Transitional: the `:id` path parameter is the shared IdRequest of libs/contracts, re-exported under its former name. */
export { IdRequest as IdParamDto } from '@platter/contracts';
