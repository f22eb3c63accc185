// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Fleet } = require('../../../tools/fleet/fleet');

/** The admin every test fleet bootstraps in identity. */
export const E2E_ADMIN = { email: 'admin@platter.local', password: 'e2e-admin-password' };

export interface TestFleetOptions {
  /** Exchange and queue prefix; make it unique per run. */
  namespace: string;
  /** Dropped and recreated at start. */
  database: string;
  /** First gateway's port; services take the next hundred (see tools/fleet/fleet.js). */
  gatewayPort: number;
  gateways?: number;
  env?: Record<string, string>;
  /** Per service; `gateway` applies to every gateway instance, `gateway-1` to the second only. */
  serviceEnv?: Record<string, Record<string, string>>;
  /**
   * Restart a process that exits on its own, as `npm start` does (off by default: in a test a
   * crash must surface). Chaos tests turn it on and crash services with fleet.crash(name).
   */
  restartOnCrash?: boolean;
}

/**
 * A throwaway fleet for one describe block: started before its tests, stopped (queues deleted)
 * after. Call it inside the describe.
 */
export function useTestFleet(o: TestFleetOptions): { fleet: any; gateway: (index?: number) => string } {
  const fleet = new Fleet({
    namespace: o.namespace,
    database: o.database,
    fresh: true,
    gatewayPort: o.gatewayPort,
    gateways: o.gateways ?? 1,
    restartOnCrash: o.restartOnCrash ?? false,
    env: { RPC_TIMEOUT_MS: '5000', ...o.env },
    serviceEnv: { ...o.serviceEnv, identity: { ADMIN_EMAIL: E2E_ADMIN.email, ADMIN_PASSWORD: E2E_ADMIN.password, ...o.serviceEnv?.identity } },
  });
  beforeAll(() => fleet.start(), 180_000);
  afterAll(() => fleet.stop());
  return { fleet, gateway: (index = 0) => fleet.gatewayUrls[index] };
}
