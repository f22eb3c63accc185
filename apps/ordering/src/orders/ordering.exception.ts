import { PlatterError } from '@platter/contracts';

/** Ordering's broken business rules (codes from ERROR_STATUS). */
export class OrderingException extends PlatterError {}
