/** What a restaurant's KYC document is: the list lives with the request shapes, in @platter/contracts. */
export { DOCUMENT_KINDS } from '@platter/contracts';
