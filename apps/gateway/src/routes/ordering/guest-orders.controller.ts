import { Body, Controller, ExecutionContext, Get, Param, Post, Put, Query, createParamDecorator } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthException, Public } from '@platter/auth';
import { CancelOrderRequest, GuestOrderPlaced, GuestOrderTokenQuery, GuestSessionView, IdRequest, OrderView, PlaceGuestOrderData, PlaceGuestOrderRequest, PlatterError, RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { ApiRequiredIdempotencyKey, RequestId, RequiredIdempotencyKey } from '../../http/request-params';
import { RateLimit } from '../../rate-limit/rate-limit.decorator';
import { GUEST_TOKEN_PATTERN } from '@platter/contracts';

export const GUEST_TOKEN_HEADER = 'x-guest-token';

/** The optional `X-Guest-Token` header (a credential: kept out of bodies and URLs that get logged). */
const GuestToken = createParamDecorator((_: unknown, ctx: ExecutionContext): string | undefined => {
  const value = ctx.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>().headers[GUEST_TOKEN_HEADER];
  return typeof value === 'string' ? value : undefined;
});

/** Orders without an account: placed with contact details, then followed (and cancelled) with the tracking token shown once. */
@ApiTags('guest')
@Controller('guest/orders')
export class GuestOrdersController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Public()
  // No user to count against: order creation is limited per IP for guests.
  @RateLimit('order_create', 'ip')
  @ApiHeader({ name: 'X-Guest-Token', required: false, description: 'a guest session token: the order follows the guest when they register' })
  @ApiRequiredIdempotencyKey('same key and body → the first answer again, tracking_token included; same key, other body → 422')
  @ApiOperation({ summary: 'Place an order as a guest; the tracking_token is shown only here (and to a retry with the same Idempotency-Key)' })
  async place(
    @Body() body: PlaceGuestOrderRequest,
    @RequiredIdempotencyKey() idempotencyKey: string,
    @GuestToken() guestToken: string | undefined,
    @RequestId() requestId: string,
  ): Promise<GuestOrderPlaced> {
    const guestSessionId = guestToken === undefined ? undefined : await this.guestIdOf(guestToken, requestId);
    const data: PlaceGuestOrderData = { ...body, idempotency_key: idempotencyKey, ...(guestSessionId ? { guest_session_id: guestSessionId } : {}) };
    return this.rpc.call(RPC.ordering.placeForGuest, { actor: null, data }, { correlationId: requestId });
  }

  @Get(':id/track')
  @Public()
  @RateLimit('guest', 'ip')
  @ApiOperation({ summary: 'A guest order, with its tracking token (404 for a wrong id or token alike)' })
  track(@Param() { id }: IdRequest, @Query() { token }: GuestOrderTokenQuery, @RequestId() requestId: string): Promise<OrderView> {
    return this.rpc.call(RPC.ordering.trackForGuest, { actor: null, data: { id, token } }, { correlationId: requestId });
  }

  @Put(':id/cancel')
  @Public()
  @RateLimit('guest', 'ip')
  @ApiOperation({ summary: 'Cancel a guest order with its tracking token, while it is created, confirmed or accepted' })
  cancel(@Param() { id }: IdRequest, @Query() { token }: GuestOrderTokenQuery, @Body() body: CancelOrderRequest, @RequestId() requestId: string): Promise<OrderView> {
    return this.rpc.call(RPC.ordering.cancelForGuest, { actor: null, data: { id, token, ...(body?.reason ? { reason: body.reason } : {}) } }, { correlationId: requestId });
  }

  /**
   * The guest id behind a session token, asked of identity here so ordering never needs to call
   * identity. A used-up (converted) session is refused: that guest now orders with their account.
   */
  private async guestIdOf(token: string, requestId: string): Promise<string> {
    if (!GUEST_TOKEN_PATTERN.test(token)) throw unknownGuest();
    let session: GuestSessionView;
    try {
      session = await this.rpc.call(RPC.identity.guestSessionGet, { actor: null, data: { token } }, { correlationId: requestId });
    } catch (err) {
      if (err instanceof PlatterError && err.code === 'NOT_FOUND') throw unknownGuest();
      throw err;
    }
    if (session.converted_user_id) throw AuthException.invalidToken('This guest session became an account: log in to order');
    return session.guest_id;
  }
}

const unknownGuest = () => AuthException.invalidToken('The guest session is unknown or expired');
