import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

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
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
