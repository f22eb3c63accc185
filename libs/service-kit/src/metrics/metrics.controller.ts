import { Controller, Get, Header, Res } from '@nestjs/common';
import { Metrics } from '@platter/observability';

@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: Metrics) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  async scrape(@Res() reply: { header(k: string, v: string): unknown; send(b: string): unknown }) {
    const { contentType, body } = await this.metrics.render();
    reply.header('Content-Type', contentType);
    reply.send(body);
  }
}
