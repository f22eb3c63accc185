import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { UserStatusChanged } from '@platter/contracts';
import { AccountSockets } from './account-sockets';

/** Account events from this instance's exclusive queue: a suspended or banned account's sockets end at once. */
@Controller()
export class AccountEventsRelay {
  constructor(private readonly sockets: AccountSockets) {}

  @EventPattern('user.status-changed')
  statusChanged(@Payload() event: UserStatusChanged): void {
    if (event.status !== 'active') this.sockets.endConnectionsOf(event.user_id, event.status);
  }
}
