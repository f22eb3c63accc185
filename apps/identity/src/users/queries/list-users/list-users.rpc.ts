import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AdminUserListQuery, AdminUserListRequest, Page, PublicUser, RPC, RpcRequest } from '@platter/contracts';
import { pageOf, requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { toPublicUser } from '../../public-user';
import { UserRepository } from '../../user.repository';

/** Admins' view of every account, newest first. */
@Controller()
export class ListUsersRpc {
  constructor(private readonly users: UserRepository) {}

  @RpcEndpoint(RPC.identity.adminListUsers)
  async list(@Payload() req: RpcRequest<AdminUserListQuery>): Promise<Page<PublicUser>> {
    requireActor(req, 'admin');
    const query = validData(AdminUserListRequest, req.data);
    const [users, total] = await this.users.page({ role: query.role, status: query.status, q: query.q }, query.page, query.limit);
    return pageOf(users.map(toPublicUser), query, total);
  }
}
