import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ConvertGuestService } from './commands/convert-guest/convert-guest.service';
import { StartGuestSessionHandler } from './commands/start-guest-session/start-guest-session.handler';
import { StartGuestSessionService } from './commands/start-guest-session/start-guest-session.service';
import { GuestSessions } from './guest-sessions';
import { GetGuestSessionHandler } from './queries/get-guest-session/get-guest-session.handler';

/** Guest sessions (issue 3): ordering without an account, and the conversion registration uses. */
@Module({
  imports: [AuditModule],
  controllers: [StartGuestSessionHandler, GetGuestSessionHandler],
  providers: [GuestSessions, StartGuestSessionService, ConvertGuestService],
  exports: [ConvertGuestService],
})
export class GuestsModule {}
