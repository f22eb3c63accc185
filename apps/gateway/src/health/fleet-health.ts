export interface ServiceProbe {
  status: 'up' | 'down';
  responseTime: string;
}

export interface FleetHealth {
  status: 'healthy' | 'degraded';
  timestamp: string;
  uptime: number;
  version: string;
  services: Record<string, ServiceProbe>;
}

/** What anyone may see: healthy or not, and when; no service names, timings or versions. */
export interface PublicHealth {
  status: FleetHealth['status'];
  timestamp: string;
}

export function publicHealthOf(report: FleetHealth): PublicHealth {
  return { status: report.status, timestamp: report.timestamp };
}

type Fetch = (url: string, init: { signal: AbortSignal }) => Promise<{ ok: boolean }>;

/** One service's `/health/ready`: up only on a 2xx within the timeout. */
export async function probeService(baseUrl: string, timeoutMs: number, fetchFn: Fetch = fetch): Promise<ServiceProbe> {
  const started = performance.now();
  let up = false;
  try {
    up = (await fetchFn(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(timeoutMs) })).ok;
  } catch {
    up = false;
  }
  return { status: up ? 'up' : 'down', responseTime: `${Math.round(performance.now() - started)}ms` };
}

/** Probes every service at once; the fleet is healthy only when all of them are up. */
export async function checkFleet(
  services: Array<{ name: string; url: string }>,
  o: { timeoutMs: number; version: string; fetchFn?: Fetch },
): Promise<FleetHealth> {
  const probes = await Promise.all(services.map(async (s) => [s.name, await probeService(s.url, o.timeoutMs, o.fetchFn)] as const));
  return {
    status: probes.every(([, p]) => p.status === 'up') ? 'healthy' : 'degraded',
    timestamp: new Date().toISOString(),
    uptime: Math.round(process.uptime()),
    version: o.version,
    services: Object.fromEntries(probes),
  };
}
