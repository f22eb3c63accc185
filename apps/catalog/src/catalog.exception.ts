import { PlatterError } from '@platter/contracts';

/** Catalog's broken business rules (codes from ERROR_STATUS). */
export class CatalogException extends PlatterError {}
