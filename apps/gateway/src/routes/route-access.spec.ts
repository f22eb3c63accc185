import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { IS_PUBLIC_KEY, ROLES_KEY } from '@platter/auth';
import { UserRole } from '@platter/contracts';
import { ROUTE_MODULES } from '../gateway.module';
import { AUTHENTICATED_KEY } from './common/access';

interface RouteAccess {
  route: string;
  isPublic: boolean;
  authenticated: boolean;
  roles: UserRole[] | undefined;
}

/** Every route the gateway serves, with the access its decorators declare. */
function routeTable(): RouteAccess[] {
  const routes: RouteAccess[] = [];
  for (const module of ROUTE_MODULES) {
    const controllers: Array<new (...args: never[]) => object> = Reflect.getMetadata('controllers', module) ?? [];
    for (const controller of controllers) {
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const path = String(Reflect.getMetadata(PATH_METADATA, handler));
        const read = (key: string) => Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller);
        routes.push({
          route: `${method} /${[base, path].filter((p) => p && p !== '/').join('/')}`,
          isPublic: read(IS_PUBLIC_KEY) === true,
          authenticated: read(AUTHENTICATED_KEY) === true,
          roles: read(ROLES_KEY),
        });
      }
    }
  }
  return routes;
}

describe('access declared on every gateway route', () => {
  const routes = routeTable();

  it('finds the routes', () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.map((r) => r.route)).toEqual(expect.arrayContaining(['GET /admin/users', 'POST /restaurant/staff', 'POST /auth/login']));
  });

  it('has every route either @Public() or @Authenticated(...), never both and never neither', () => {
    const undecided = routes.filter((r) => r.isPublic === r.authenticated).map((r) => r.route);
    expect(undecided).toEqual([]);
  });

  it('keeps every /admin route to admins only', () => {
    const admin = routes.filter((r) => r.route.split(' ')[1].startsWith('/admin/'));
    expect(admin.length).toBeGreaterThan(5);
    expect(admin.filter((r) => r.isPublic || JSON.stringify(r.roles) !== '["admin"]').map((r) => r.route)).toEqual([]);
  });

  it('keeps /restaurant routes to restaurant owners and staff (and admins), /client to customers, /driver to drivers', () => {
    const outside = (prefix: string, allowed: UserRole[]) =>
      routes
        .filter((r) => r.route.split(' ')[1].startsWith(prefix))
        .filter((r) => r.isPublic || !r.roles || r.roles.some((role) => !allowed.includes(role)))
        .map((r) => r.route);
    expect(outside('/restaurant/', ['restaurant_owner', 'restaurant_staff', 'admin'])).toEqual([]);
    expect(outside('/client/', ['customer'])).toEqual([]);
    expect(outside('/driver/', ['driver'])).toEqual([]);
    expect(outside('/kitchen/', ['restaurant_owner', 'restaurant_staff', 'admin'])).toEqual([]);
  });
});
