import { BaseRpcContext } from '@nestjs/microservices';
import type { ConsumeMessage } from 'amqplib';
import { MessageEnvelope } from '@platter/contracts';

/** What a handler can ask about the message it is handling (`@Ctx() ctx: RabbitContext`). */
export class RabbitContext extends BaseRpcContext<[MessageEnvelope, ConsumeMessage]> {
  getEnvelope(): MessageEnvelope {
    return this.args[0];
  }
  getMessage(): ConsumeMessage {
    return this.args[1];
  }
  getPattern(): string {
    return this.args[0].type;
  }
}

/**
 * Nest 12 types every handler argument after the payload as `unknown`, so handlers take
 * `@Ctx() ctx: unknown` and read the envelope through this.
 */
export function envelopeOf(ctx: unknown): MessageEnvelope {
  if (ctx instanceof RabbitContext) return ctx.getEnvelope();
  throw new Error('envelopeOf() needs the RabbitContext of a RabbitMQ handler');
}
