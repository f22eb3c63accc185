import { Body, Controller, Get, Headers, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@platter/auth';
import { AppleCallbackBody, AuthResult, GoogleCallbackQuery, OidcAuthorizationUrl, OidcCallbackData, OidcProviderName, OidcStartQuery, RPC } from '@platter/contracts';
import { RpcClient } from '@platter/messaging';
import { RequestId } from '../../http/request-params';
import { RateLimit } from '../../rate-limit/rate-limit.decorator';

interface RedirectingReply {
  status(code: number): RedirectingReply;
  header(name: string, value: string): RedirectingReply;
}

/**
 * Sign-in with Google and Apple, OpenID Connect with PKCE. Starting answers a
 * 302 to the provider, or `{authorization_url}` with 200 for `?format=json` or a JSON-only Accept
 * (mobile apps open the URL themselves); the callback answers `{user, tokens}` like login.
 * Rate-limited per IP like login.
 */
@ApiTags('auth')
@Controller('auth')
export class OidcController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('google')
  @Public()
  @RateLimit('login', 'ip')
  @ApiOperation({ summary: 'Start sign-in with Google: 302 to Google, or {authorization_url} with ?format=json' })
  google(@Query() query: OidcStartQuery, @Headers('accept') accept: string | undefined, @Res({ passthrough: true }) reply: RedirectingReply, @RequestId() requestId: string) {
    return this.start('google', query, accept, reply, requestId);
  }

  @Get('google/callback')
  @Public()
  @RateLimit('login', 'ip')
  @ApiOperation({ summary: 'Google redirects here with code and state: signs in (or up) and answers {user, tokens}' })
  googleCallback(@Query() query: GoogleCallbackQuery, @RequestId() requestId: string): Promise<AuthResult> {
    return this.complete('google', query, requestId);
  }

  @Get('apple')
  @Public()
  @RateLimit('login', 'ip')
  @ApiOperation({ summary: 'Start sign-in with Apple: 302 to Apple, or {authorization_url} with ?format=json' })
  apple(@Query() query: OidcStartQuery, @Headers('accept') accept: string | undefined, @Res({ passthrough: true }) reply: RedirectingReply, @RequestId() requestId: string) {
    return this.start('apple', query, accept, reply, requestId);
  }

  @Post('apple/callback')
  @Public()
  @RateLimit('login', 'ip')
  @HttpCode(200)
  @ApiOperation({ summary: 'Apple posts the form here (code, state, user on the first sign-in): answers {user, tokens}' })
  appleCallback(@Body() body: AppleCallbackBody, @RequestId() requestId: string): Promise<AuthResult> {
    return this.complete('apple', body, requestId);
  }

  private async start(
    provider: OidcProviderName,
    query: OidcStartQuery,
    accept: string | undefined,
    reply: RedirectingReply,
    requestId: string,
  ): Promise<OidcAuthorizationUrl> {
    const result = await this.rpc.call(RPC.identity.oidcStart, { actor: null, data: { provider } }, { correlationId: requestId });
    if (!wantsAuthorizationUrlAsJson(query.format, accept)) reply.status(302).header('location', result.authorization_url);
    return result;
  }

  private complete(provider: OidcProviderName, fields: GoogleCallbackQuery | AppleCallbackBody, requestId: string): Promise<AuthResult> {
    const data: OidcCallbackData = {
      provider,
      state: fields.state,
      code: fields.code,
      error: fields.error,
      totp_code: fields.totp_code,
      user: 'user' in fields ? fields.user : undefined,
    };
    return this.rpc.call(RPC.identity.oidcComplete, { actor: null, data }, { correlationId: requestId });
  }
}

// A browser (Accept with text/html, or any type) is redirected; an explicit JSON client gets the URL.
export function wantsAuthorizationUrlAsJson(format: string | undefined, accept: string | undefined): boolean {
  if (format === 'json') return true;
  const types = (accept ?? '').toLowerCase();
  return types.includes('application/json') && !types.includes('text/html');
}
