import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { CouponIdData, CouponIdRpcRequest, CouponView, CreateCouponData, CreateCouponRpcRequest, ListCouponsData, ListCouponsRpcRequest, Page, RPC, RpcRequest, UpdateCouponData, UpdateCouponRpcRequest } from '@platter/contracts';
import { requireActor, RpcEndpoint, validData } from '@platter/service-kit';
import { ManageCouponsService } from './manage-coupons.service';

/** /restaurant/coupons* (scope restaurant) and /admin/coupons* (scope platform). */
@Controller()
export class ManageCouponsRpc {
  constructor(private readonly coupons: ManageCouponsService) {}

  @RpcEndpoint(RPC.ordering.createCoupon)
  create(@Payload() req: RpcRequest<CreateCouponData>): Promise<CouponView> {
    return this.coupons.create(requireActor(req), validData(CreateCouponRpcRequest, req.data));
  }

  @RpcEndpoint(RPC.ordering.listCoupons)
  list(@Payload() req: RpcRequest<ListCouponsData>): Promise<Page<CouponView>> {
    return this.coupons.list(requireActor(req), validData(ListCouponsRpcRequest, req.data));
  }

  @RpcEndpoint(RPC.ordering.getCoupon)
  get(@Payload() req: RpcRequest<CouponIdData>): Promise<CouponView> {
    const { scope, id } = validData(CouponIdRpcRequest, req.data);
    return this.coupons.get(requireActor(req), scope, id);
  }

  @RpcEndpoint(RPC.ordering.updateCoupon)
  update(@Payload() req: RpcRequest<UpdateCouponData>): Promise<CouponView> {
    const { scope, id, coupon } = validData(UpdateCouponRpcRequest, req.data);
    return this.coupons.update(requireActor(req), scope, id, coupon);
  }

  @RpcEndpoint(RPC.ordering.deleteCoupon)
  remove(@Payload() req: RpcRequest<CouponIdData>): Promise<{ deleted: true }> {
    const { scope, id } = validData(CouponIdRpcRequest, req.data);
    return this.coupons.remove(requireActor(req), scope, id);
  }
}
