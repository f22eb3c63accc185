/** The shared id request lives with the other request shapes; re-exported for the services that import it from here. */
export { IdRequest } from '@platter/contracts';
