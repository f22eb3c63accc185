import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { MenuItemChanged } from '@platter/contracts';
import { RabbitContext } from '@platter/messaging';
import { CopyMenuItemService } from './copy-menu-item.service';

@Controller()
export class MenuItemChangedConsumer {
  constructor(private readonly copyMenuItem: CopyMenuItemService) {}

  // <string>: Nest's typed overload would demand `unknown` for the context parameter.
  @EventPattern<string>('menu.item-changed')
  async handle(@Payload() event: MenuItemChanged, @Ctx() ctx: RabbitContext): Promise<void> {
    await this.copyMenuItem.apply(event, new Date(ctx.getEnvelope().occurred_at));
  }
}
