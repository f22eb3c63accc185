/** A driver's reported position, as the location pipeline carries it. */
export interface DriverPosition {
  driverId: string;
  lat: number;
  lng: number;
  /** Degrees from north. */
  heading: number | null;
  /** km/h. */
  speed: number | null;
  /** Metres. */
  accuracy: number | null;
  recordedAt: Date;
}

/** A future-dated report (a driver's clock ahead) counts as now; anything unparsable too. */
export function recordedAtOf(reportedAt: string | Date | undefined, now = new Date()): Date {
  const t = reportedAt instanceof Date ? reportedAt.getTime() : reportedAt ? Date.parse(reportedAt) : NaN;
  return Number.isFinite(t) && t <= now.getTime() ? new Date(t) : now;
}
