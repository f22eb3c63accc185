import { Module } from '@nestjs/common';
import { RegisterDriverService } from './commands/register-driver/register-driver.service';
import { UserRegisteredHandler } from './commands/register-driver/user-registered.handler';

@Module({
  controllers: [UserRegisteredHandler],
  providers: [RegisterDriverService],
})
export class DriversModule {}
