import { Module } from '@nestjs/common';
import { ChangeSettingRpc } from './commands/change-setting/change-setting.rpc';
import { ChangeSettingService } from './commands/change-setting/change-setting.service';
import { GetSettingsRpc } from './queries/get-settings/get-settings.rpc';
import { RestaurantSettingRepository } from './restaurant-setting.repository';
import { RestaurantSettings } from './restaurant-settings';

/** Restaurants' settings (/config*): tax rate, service fee, acceptance deadline, preparation time. */
@Module({
  controllers: [GetSettingsRpc, ChangeSettingRpc],
  providers: [RestaurantSettingRepository, RestaurantSettings, ChangeSettingService],
})
export class SettingsModule {}
