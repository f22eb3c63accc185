/**
 * Error codes that kitchen answers, with the HTTP status each maps to. One code per rule a client can
 * act on; each with a line saying when it is answered.
 */
export const KITCHEN_ERROR_STATUS = {} as const;
