/** What a restaurant's KYC document is (the bytes' checks live in @platter/storage). */
export const DOCUMENT_KINDS = ['business_license', 'identity_document', 'tax_certificate', 'health_certificate', 'other'] as const;
