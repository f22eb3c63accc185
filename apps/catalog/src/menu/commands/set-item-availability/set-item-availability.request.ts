import { IsBoolean, IsUUID } from 'class-validator';
import { SetItemAvailabilityData } from '@platter/contracts';

export class SetItemAvailabilityRequest implements SetItemAvailabilityData {
  @IsUUID() id: string;
  @IsBoolean() is_available: boolean;
}
