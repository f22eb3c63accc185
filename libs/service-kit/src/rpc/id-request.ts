import { IsUUID } from 'class-validator';
import { IdData } from '@platter/contracts';

export class IdRequest implements IdData {
  @IsUUID() id: string;
}
