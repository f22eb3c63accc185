import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { MenuItemChanged } from '@platter/contracts';
import { RabbitContext } from '@platter/messaging';
import { CopyProductService } from './copy-product.service';

@Controller()
export class MenuItemChangedConsumer {
  constructor(private readonly copyProduct: CopyProductService) {}

  // <string>: Nest's typed overload would demand `unknown` for the context parameter.
  @EventPattern<string>('menu.item-changed')
  async handle(@Payload() event: MenuItemChanged, @Ctx() ctx: RabbitContext): Promise<void> {
    await this.copyProduct.apply(event, new Date(ctx.getEnvelope().occurred_at));
  }
}
