import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** Where Swagger UI is served (its page gets a CSP of its own: see security-headers.ts). */
export const OPENAPI_PATH = 'api/docs';

/** OpenAPI document at /api/docs-json, Swagger UI at /api/docs. Call after the global prefix is set. */
export function setUpOpenApi(app: INestApplication, version: string): void {
  const config = new DocumentBuilder()
    .setTitle('Platter API')
    .setDescription(
      'Restaurants and food delivery. Every response is an envelope: `{success: true, data, message?, timestamp}` ' +
        '(lists add `pagination`) or `{success: false, error: {code, message, details?}, timestamp, requestId}`.',
    )
    .setVersion(version)
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup(OPENAPI_PATH, app, document, { jsonDocumentUrl: `${OPENAPI_PATH}-json` });
}
