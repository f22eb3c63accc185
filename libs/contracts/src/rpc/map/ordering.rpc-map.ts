import { IdData, Page, PageQuery } from '../catalog';
import {
  LoyaltyHistoryEntry, LoyaltyPointsView, ReferralInvitationView, ReferralStatsView, ReviewView, SendReferralData, SubmitGuestFeedbackData,
  SubmitReviewData,
} from '../loyalty';
import {
  AdminOrderDetail, AdminOrderSummary, AdminOrdersQuery, AdminRefundOrderData, AdminRefundRequestedView, AdminSagaActionData,
  AdminSetOrderStatusData, CancelGuestOrderData, CancelOrderData, CouponIdData, CouponView, CreateCouponData, DashboardOrdersPage, DashboardOrderView,
  GuestOrderPlaced, ListCouponsData, OrderTransitionData, OrderView, PlaceGuestOrderData, PlaceOrderData, StaffOrdersQuery, StaffPlaceOrderData,
  TrackGuestOrderData, UpdateCouponData, UpdateStaffOrderStatusData,
} from '../ordering';
import { RpcContract } from '../rpc-contract';
import { RPC } from '../rpc-patterns';
import { ActiveOrdersData, OrderTrackingData, OrderTrackingView } from '../tracking';

/** Nothing to send: the actor is the whole question. */
type NoData = Record<string, never>;

/**
 * ordering's request/reply patterns with the request each takes and the result it answers. The gateway's
 * RpcClient.call and the service's @RpcEndpoint are both typed from this map.
 */
export interface OrderingRpcMap {
  [RPC.ordering.place]: RpcContract<PlaceOrderData, OrderView>;
  [RPC.ordering.getForCustomer]: RpcContract<IdData, OrderView>;
  [RPC.ordering.listForCustomer]: RpcContract<Partial<PageQuery>, Page<OrderView>>;
  [RPC.ordering.accept]: RpcContract<OrderTransitionData, OrderView>;
  [RPC.ordering.reject]: RpcContract<OrderTransitionData, OrderView>;
  [RPC.ordering.preparing]: RpcContract<OrderTransitionData, OrderView>;
  [RPC.ordering.ready]: RpcContract<OrderTransitionData, OrderView>;
  [RPC.ordering.complete]: RpcContract<OrderTransitionData, OrderView>;
  [RPC.ordering.placeForGuest]: RpcContract<PlaceGuestOrderData, GuestOrderPlaced>;
  [RPC.ordering.trackForGuest]: RpcContract<TrackGuestOrderData, OrderView>;
  [RPC.ordering.cancelForCustomer]: RpcContract<CancelOrderData, OrderView>;
  [RPC.ordering.cancelForGuest]: RpcContract<CancelGuestOrderData, OrderView>;
  [RPC.ordering.createCoupon]: RpcContract<CreateCouponData, CouponView>;
  [RPC.ordering.listCoupons]: RpcContract<ListCouponsData, Page<CouponView>>;
  [RPC.ordering.getCoupon]: RpcContract<CouponIdData, CouponView>;
  [RPC.ordering.updateCoupon]: RpcContract<UpdateCouponData, CouponView>;
  [RPC.ordering.deleteCoupon]: RpcContract<CouponIdData, { deleted: true }>;
  [RPC.ordering.staffPlace]: RpcContract<StaffPlaceOrderData, DashboardOrderView>;
  [RPC.ordering.staffList]: RpcContract<StaffOrdersQuery, DashboardOrdersPage>;
  [RPC.ordering.staffSetStatus]: RpcContract<UpdateStaffOrderStatusData, DashboardOrderView>;
  [RPC.ordering.adminListOrders]: RpcContract<AdminOrdersQuery, Page<AdminOrderSummary>>;
  [RPC.ordering.adminGetOrder]: RpcContract<IdData, AdminOrderDetail>;
  [RPC.ordering.adminStuckOrders]: RpcContract<Partial<PageQuery>, Page<AdminOrderSummary>>;
  [RPC.ordering.adminSetOrderStatus]: RpcContract<AdminSetOrderStatusData, AdminOrderDetail>;
  [RPC.ordering.adminRefundOrder]: RpcContract<AdminRefundOrderData, AdminRefundRequestedView>;
  [RPC.ordering.adminResumeSaga]: RpcContract<AdminSagaActionData, AdminOrderDetail>;
  /** A compensation always says why (`reason` required). */
  [RPC.ordering.adminCompensateSaga]: RpcContract<AdminSagaActionData & { reason: string }, AdminOrderDetail>;
  [RPC.ordering.loyaltyPoints]: RpcContract<NoData, LoyaltyPointsView>;
  [RPC.ordering.loyaltyHistory]: RpcContract<Partial<PageQuery>, Page<LoyaltyHistoryEntry>>;
  [RPC.ordering.referralSend]: RpcContract<SendReferralData, ReferralInvitationView>;
  [RPC.ordering.referralStats]: RpcContract<NoData, ReferralStatsView>;
  [RPC.ordering.reviewSubmit]: RpcContract<SubmitReviewData, ReviewView>;
  [RPC.ordering.guestFeedbackSubmit]: RpcContract<SubmitGuestFeedbackData, ReviewView>;
  [RPC.ordering.myReviews]: RpcContract<Partial<PageQuery>, Page<ReviewView>>;
  [RPC.ordering.orderTracking]: RpcContract<OrderTrackingData, OrderTrackingView>;
  [RPC.ordering.activeOrdersForCustomer]: RpcContract<ActiveOrdersData, OrderTrackingView[]>;
}
