import { IsIn, IsUUID } from 'class-validator';
import type { AssignableRole } from '../../domain/staff-rules';

export class ChangeStaffRoleRequest {
  /** The membership's id, as `/restaurant/staff` lists it. */
  @IsUUID()
  id: string;

  @IsIn(['manager', 'staff'])
  membership_role: AssignableRole;
}
