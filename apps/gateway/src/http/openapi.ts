import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ERROR_STATUS } from '@platter/contracts';
import { loadErrorDescriptions } from './error-descriptions';

/** Where Swagger UI is served (its page gets a CSP of its own: see security-headers.ts). */
export const OPENAPI_PATH = 'api/docs';

export interface ErrorCodeEntry {
  code: string;
  status: number;
  description: string;
}

const STATUS_FALLBACK: Record<number, string> = {
  400: 'The request is malformed or breaks a rule of its own.',
  401: 'The caller is not (or no longer) authenticated.',
  403: 'The caller may not do this.',
  404: 'Not found.',
  409: 'The request conflicts with the current state.',
  422: 'A business rule refused the request.',
  429: 'Too many requests.',
};

/** Every error code a client can get, with its HTTP status and when it is answered, by status then code. */
export function errorCodeCatalog(descriptions: Record<string, string> = loadErrorDescriptions()): ErrorCodeEntry[] {
  return Object.entries(ERROR_STATUS as Record<string, number>)
    .map(([code, status]) => ({ code, status, description: descriptions[code] ?? STATUS_FALLBACK[status] ?? 'The service failed to answer.' }))
    .sort((a, b) => a.status - b.status || a.code.localeCompare(b.code));
}

/**
 * Lists the error codes in the document: an `ErrorCode` schema (the enum, described as a table), the
 * `ErrorEnvelope` every failure answers with, the table in the document's description, and the
 * machine-readable list under `x-error-codes`.
 */
export function addErrorCodes(document: OpenAPIObject, catalog: ErrorCodeEntry[] = errorCodeCatalog()): OpenAPIObject {
  const table = ['| Code | HTTP status | When |', '| --- | --- | --- |', ...catalog.map((e) => `| \`${e.code}\` | ${e.status} | ${e.description.replace(/\|/g, '\\|')} |`)].join('\n');
  const components = document.components ?? {};
  components.schemas = {
    ...components.schemas,
    ErrorCode: { type: 'string', enum: catalog.map((e) => e.code), description: `The \`error.code\` of a failed response.\n\n${table}` },
    ErrorEnvelope: {
      type: 'object',
      required: ['success', 'error', 'timestamp', 'requestId'],
      properties: {
        success: { type: 'boolean', enum: [false] },
        error: {
          type: 'object',
          required: ['code', 'message'],
          properties: {
            code: { $ref: '#/components/schemas/ErrorCode' },
            message: { type: 'string' },
            details: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } } },
          },
        },
        timestamp: { type: 'string', format: 'date-time' },
        requestId: { type: 'string' },
      },
    },
  };
  document.components = components;
  document.info.description = `${document.info.description ?? ''}\n\n## Error codes\n\n${table}`;
  (document as OpenAPIObject & { 'x-error-codes': ErrorCodeEntry[] })['x-error-codes'] = catalog;
  return document;
}

/** OpenAPI document at /api/docs-json, Swagger UI at /api/docs. Call after the global prefix is set. */
export function setUpOpenApi(app: INestApplication, version: string): void {
  const config = new DocumentBuilder()
    .setTitle('Platter API')
    .setDescription(
      'Restaurants and food delivery. Every response is an envelope: `{success: true, data, message?, timestamp}` ' +
        '(lists add `pagination`) or `{success: false, error: {code, message, details?}, timestamp, requestId}` ' +
        '(`ErrorEnvelope`; the codes and their HTTP statuses are listed below and in `x-error-codes`).',
    )
    .setVersion(version)
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  const document = addErrorCodes(SwaggerModule.createDocument(app, config));
  SwaggerModule.setup(OPENAPI_PATH, app, document, { jsonDocumentUrl: `${OPENAPI_PATH}-json` });
}
