import { wantsAuthorizationUrlAsJson } from './oidc.controller';

describe('wantsAuthorizationUrlAsJson', () => {
  it('redirects browsers and clients that accept anything', () => {
    expect(wantsAuthorizationUrlAsJson(undefined, undefined)).toBe(false);
    expect(wantsAuthorizationUrlAsJson(undefined, '*/*')).toBe(false);
    expect(wantsAuthorizationUrlAsJson(undefined, 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8')).toBe(false);
    expect(wantsAuthorizationUrlAsJson(undefined, 'text/html, application/json')).toBe(false);
  });

  it('answers JSON for ?format=json or an Accept that asks for JSON and not HTML', () => {
    expect(wantsAuthorizationUrlAsJson('json', 'text/html')).toBe(true);
    expect(wantsAuthorizationUrlAsJson(undefined, 'application/json')).toBe(true);
    expect(wantsAuthorizationUrlAsJson(undefined, 'Application/JSON; charset=utf-8')).toBe(true);
  });
});
