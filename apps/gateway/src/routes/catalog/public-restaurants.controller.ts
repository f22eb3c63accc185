import { Controller, Get, Headers, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Public, VerifiedActor } from '@platter/auth';
import { LanguageQueryRequest, Page, PublicMenuView, PublicRestaurantDetail, PublicRestaurantsRequest, PublicRestaurantSummary, RestaurantRefParamRequest, RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { actorOf } from '../common/actor-of';
import { preferredLanguage } from './preferred-language';

/** Drops the filters a query did not give, so the catalog sees only what was asked. */
function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

@ApiTags('public')
@Public()
@Controller('public/restaurants')
export class PublicRestaurantsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @ApiOperation({ summary: 'Approved restaurants: search, filters (open now, cuisine, delivers to a point), sort, a page at a time' })
  list(
    @Query() query: PublicRestaurantsRequest,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @CurrentActor() actor: VerifiedActor | null,
    @RequestId() requestId: string,
  ): Promise<Page<PublicRestaurantSummary>> {
    const data = defined({ ...query, lang: preferredLanguage(query.lang, acceptLanguage) });
    return this.rpc.call(RPC.catalog.listPublic, { actor: actorOf(actor), data }, { correlationId: requestId });
  }

  @Get(':id')
  @ApiOperation({ summary: 'One approved restaurant, by UUID or slug' })
  get(
    @Param() { id }: RestaurantRefParamRequest,
    @Query() { lang }: LanguageQueryRequest,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @CurrentActor() actor: VerifiedActor | null,
    @RequestId() requestId: string,
  ): Promise<PublicRestaurantDetail> {
    const data = { id, ...defined({ lang: preferredLanguage(lang, acceptLanguage) }) };
    return this.rpc.call(RPC.catalog.getPublic, { actor: actorOf(actor), data }, { correlationId: requestId });
  }

  @Get(':id/menu')
  @ApiOperation({ summary: "An approved restaurant's menu as it can be ordered now, by category, in French or English" })
  menu(
    @Param() { id }: RestaurantRefParamRequest,
    @Query() { lang }: LanguageQueryRequest,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @CurrentActor() actor: VerifiedActor | null,
    @RequestId() requestId: string,
  ): Promise<PublicMenuView> {
    const data = { id, ...defined({ lang: preferredLanguage(lang, acceptLanguage) }) };
    return this.rpc.call(RPC.catalog.publicMenu, { actor: actorOf(actor), data }, { correlationId: requestId });
  }
}
