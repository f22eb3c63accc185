import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { FindOptionsWhere, ILike } from 'typeorm';
import { AdminUserListQuery, AdminUserListRequest, Page, PublicUser, RPC, RpcRequest } from '@platter/contracts';
import { TransactionHost } from '@platter/persistence';
import { pageOf, requireActor, validData, RpcEndpoint } from '@platter/service-kit';
import { toPublicUser } from '../../public-user';
import { User } from '../../user.entity';

/** Admins' view of every account, newest first. */
@Controller()
export class ListUsersRpc {
  constructor(private readonly tx: TransactionHost) {}

  @RpcEndpoint(RPC.identity.adminListUsers)
  async list(@Payload() req: RpcRequest<AdminUserListQuery>): Promise<Page<PublicUser>> {
    requireActor(req, 'admin');
    const query = validData(AdminUserListRequest, req.data);
    const [users, total] = await this.tx.repository(User).findAndCount({
      where: whereOf(query),
      order: { created_at: 'DESC', id: 'ASC' },
      skip: (query.page - 1) * query.limit,
      take: query.limit,
    });
    return pageOf(users.map(toPublicUser), query, total);
  }
}

/** Role and status narrow the list; `q` matches the email or the name (an array of wheres is an OR). */
function whereOf({ role, status, q }: AdminUserListRequest): FindOptionsWhere<User> | FindOptionsWhere<User>[] {
  const base: FindOptionsWhere<User> = { ...(role ? { role } : {}), ...(status ? { status } : {}) };
  const text = q?.trim();
  if (!text) return base;
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return [
    { ...base, email: ILike(pattern) },
    { ...base, name: ILike(pattern) },
  ];
}
