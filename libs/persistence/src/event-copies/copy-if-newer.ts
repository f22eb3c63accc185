import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';

/**
 * A service's copy of another service's data (a replica kept by events) is overwritten only by an
 * event at least as recent as the one it reflects: events arrive late, twice and out of order, and
 * an older one must never undo a newer one. An event stamped at the same instant as the copy is
 * applied: one producer may publish two changes of one thing within a millisecond, and the one
 * delivered last is the one published last.
 */
export interface CopyIfNewerOptions<E> {
  /** The columns that identify the copy (its primary key, or a unique constraint's columns). */
  key: ReadonlyArray<keyof E & string>;
  /** The column holding the occurred_at of the event the row reflects; the row must set it. */
  clock?: keyof E & string;
}

const DEFAULT_CLOCK = 'source_occurred_at';

/** The row without its undefined fields: what the event leaves out, the copy keeps. */
function defined<E extends ObjectLiteral>(row: QueryDeepPartialEntity<E>): QueryDeepPartialEntity<E> {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as QueryDeepPartialEntity<E>;
}

function columnName(metadata: EntityMetadata, property: string): string {
  const column = metadata.findColumnWithPropertyName(property);
  if (!column) throw new Error(`${metadata.name} has no column ${property}`);
  return column.databaseName;
}

function clockOf<E extends ObjectLiteral>(row: QueryDeepPartialEntity<E>, clock: string): Date {
  const at = (row as Record<string, unknown>)[clock];
  if (!(at instanceof Date)) throw new Error(`the row must set its clock (${clock}) to the event's occurred_at`);
  return at;
}

/**
 * Creates the copy, or overwrites it unless the copy already reflects a newer event. A field left
 * undefined takes the column's default on insert and keeps the copy's value on update (older
 * producers leave out fields they did not know). True when the row was written.
 */
export async function upsertIfNewer<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  row: QueryDeepPartialEntity<E>,
  options: CopyIfNewerOptions<E>,
): Promise<boolean> {
  const metadata = manager.connection.getMetadata(entity);
  const values = defined(row);
  const clock = columnName(metadata, options.clock ?? DEFAULT_CLOCK);
  clockOf(values, options.clock ?? DEFAULT_CLOCK);
  const key = options.key.map((p) => columnName(metadata, p));
  const overwrite = Object.keys(values)
    .map((p) => columnName(metadata, p))
    .filter((c) => !key.includes(c));
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(entity)
    .values(values)
    .orUpdate(overwrite, key, { overwriteCondition: { where: `${metadata.tableName}.${clock} <= EXCLUDED.${clock}` } })
    .returning(key)
    .updateEntity(false)
    .execute();
  return (result.raw as unknown[]).length === 1;
}

/**
 * Updates an existing copy unless it already reflects a newer event (a copy whose clock was never
 * set is older than any event); never creates one. Undefined fields keep the copy's value. True
 * when the row was written.
 */
export async function updateIfNewer<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  where: QueryDeepPartialEntity<E>,
  values: QueryDeepPartialEntity<E>,
  options: Pick<CopyIfNewerOptions<E>, 'clock'> = {},
): Promise<boolean> {
  const metadata = manager.connection.getMetadata(entity);
  const set = defined(values);
  const clockProperty = options.clock ?? DEFAULT_CLOCK;
  const at = clockOf(set, clockProperty);
  const clock = columnName(metadata, clockProperty);
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set(set)
    .where(where as ObjectLiteral)
    .andWhere(`(${clock} IS NULL OR ${clock} <= :copyIfNewerAt)`, { copyIfNewerAt: at })
    .updateEntity(false)
    .execute();
  return (result.affected ?? 0) === 1;
}
