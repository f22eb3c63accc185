import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { RabbitContext } from '@platter/messaging';
@Controller()
export class X {
  @EventPattern<string>('a.b')
  a(@Payload() _p: unknown, @Ctx() ctx: RabbitContext): void { void ctx; }
}
