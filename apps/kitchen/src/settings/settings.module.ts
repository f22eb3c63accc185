import { Module } from '@nestjs/common';
import { ChangeSettingHandler } from './commands/change-setting/change-setting.handler';
import { ChangeSettingService } from './commands/change-setting/change-setting.service';
import { GetSettingsHandler } from './queries/get-settings/get-settings.handler';
import { RestaurantSettings } from './restaurant-settings';

/** Restaurants' settings (/config*): tax rate, service fee, acceptance deadline, preparation time. */
@Module({
  controllers: [GetSettingsHandler, ChangeSettingHandler],
  providers: [RestaurantSettings, ChangeSettingService],
})
export class SettingsModule {}
