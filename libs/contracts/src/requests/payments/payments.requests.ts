import { ListPaymentsData } from '../../rpc/payments';
import { IsEntityId } from '../field-rules';

/** The payments list for operators and callers inside the fleet, optionally of one order. */
export class ListPaymentsRequest implements ListPaymentsData {
  @IsEntityId({ optional: true })
  order_id?: string;
}
