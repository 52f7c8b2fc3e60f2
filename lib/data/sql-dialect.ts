import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { isPostgresUrl } from "@/lib/database-url";
import { env } from "@/lib/env";

/** The few places where SQLite and PostgreSQL differ, for raw SQL and Prisma filters. */
export function onPostgres(): boolean {
  return isPostgresUrl(env().DATABASE_URL);
}

/**
 * A timestamp column's calendar day (UTC), to group by. SQLite keeps DateTime as ISO text;
 * PostgreSQL as timestamp. `column` is a quoted identifier written in code, never input.
 */
export function dayOf(column: string): Prisma.Sql {
  return Prisma.raw(onPostgres() ? `date_trunc('day', ${column})` : `substr(${column}, 1, 10)`);
}

/**
 * Whether a timestamp column falls before, or on or after, the start of a UTC day
 * (`YYYY-MM-DD`): the same calendar days `dayOf` groups by, so a group never straddles it.
 */
export function comparedToDay(column: string, op: "<" | ">=", day: string): Prisma.Sql {
  return onPostgres() ? Prisma.sql`${Prisma.raw(column)} ${Prisma.raw(op)} CAST(${day} AS timestamp)` : Prisma.sql`substr(${Prisma.raw(column)}, 1, 10) ${Prisma.raw(op)} ${day}`;
}

/** The length of the JSON array at `key` of a JSON text column (`column` is written in code, never input). */
export function jsonArrayLength(column: string, key: string): Prisma.Sql {
  return Prisma.raw(onPostgres() ? `json_array_length((${column})::json -> '${key}')` : `json_array_length(${column}, '$.${key}')`);
}

/**
 * Every row of `query` as one JSON text, an array of arrays in `columns` order (a column
 * name is written in code, never input): thousands of rows then cross the driver adapter
 * as one value, where Prisma would build an object per row and map each column in JS
 * (a learner's 4,800 grouped answers: 63 ms as rows, 44 ms packed). Read it with
 * `unpackRows`.
 */
export function packedRows(columns: readonly string[], query: Prisma.Sql): Prisma.Sql {
  const values = columns.map((c) => `t."${c}"`).join(", ");
  const packed = onPostgres() ? `COALESCE(json_agg(json_build_array(${values}))::text, '[]')` : `COALESCE(json_group_array(json_array(${values})), '[]')`;
  return Prisma.sql`SELECT ${Prisma.raw(packed)} AS "rows" FROM (${query}) t`;
}

export function unpackRows<T extends unknown[]>(result: { rows: string }[]): T[] {
  return JSON.parse(result[0]?.rows ?? "[]") as T[];
}

/**
 * A timestamp as `packedRows` gives it: SQLite's stored ISO text has its offset; PostgreSQL's
 * JSON of a timestamp column has none, and the value is UTC.
 */
export function packedDate(value: string): Date {
  return new Date(/(Z|[+-]\d\d:?\d\d)$/.test(value) ? value : `${value}Z`);
}

/**
 * A substring match that ignores case on both: SQLite's LIKE already does for ASCII;
 * PostgreSQL needs Prisma's insensitive mode, which the SQLite client's types do not know.
 */
export function containsIgnoringCase(text: string): Prisma.StringFilter {
  return (onPostgres() ? { contains: text, mode: "insensitive" } : { contains: text }) as Prisma.StringFilter;
}

/**
 * Takes the attempt's row lock inside a transaction, on PostgreSQL: `update` for the one that
 * grades and closes it, `share` for a save, so a save and a submit never interleave (under
 * READ COMMITTED a submit could grade items read before a save it then closes over, and the
 * save would be acknowledged but not graded). SQLite runs one write transaction at a time,
 * which orders them already.
 */
export async function lockAttempt(tx: Prisma.TransactionClient, attemptId: string, mode: "update" | "share"): Promise<void> {
  if (!onPostgres()) return;
  await tx.$queryRaw`SELECT "id" FROM "Attempt" WHERE "id" = ${attemptId} ${Prisma.raw(mode === "update" ? "FOR UPDATE" : "FOR SHARE")}`;
}

/** The same share lock for a one-statement save: `FOR SHARE` at the end of its sub-SELECT of "Attempt". */
export function sharedRowLock(): Prisma.Sql {
  return Prisma.raw(onPostgres() ? " FOR SHARE" : "");
}
