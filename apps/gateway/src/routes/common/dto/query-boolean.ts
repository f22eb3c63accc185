/** Transitional: the boolean query-string rule lives with the shared request rules in libs/contracts. */
export { QueryBoolean, queryBoolean } from '@platter/contracts';
