import "server-only";
// One roster page as one SQL statement through the read pool (lib/server/db-read.ts): at
// 500,000 cadres Prisma's five statements per page (count, unit counts, unit list, ids, rows)
// cost more than the page itself. The default order — unit (the district's order), then rank,
// then id — walks the units in order and reads each unit's rows from the index on
// (unitId, status, rank, id), stopping once the page is full, so the first page reads about 50
// rows however large the district. Other orders read the page's ids first (an index scan when
// an index covers the order), then those rows. The total is not counted here: rosterCount
// (roster-count.ts) does that, after the page.
import type { Actor } from "@/lib/auth/actor";
import { readRows } from "@/lib/server/db-read";
import type { RosterQuery, RosterSortKey } from "@/lib/validation/roster-query";
import type { RosterRecord } from "./roster";
import { rosterCountStatement } from "./roster-count";
import { filterSql, Params, rosterWhereSql, scopeSql } from "./roster-sql";

const COLUMNS = `c."id", c."name", c."gender"::text, c."birthDate"::text, c."ethnicity", c."politicalStatus"::text,
  c."currentPostTitle", c."rank"::text, c."grade"::text, c."highestFullTimeLevel"::text, c."hasEliteDegree",
  c."familiarDomains", c."status"::text, c."workStartDate"::text, c."partyJoinDate"::text`;

type Row = [
  string,
  string,
  string,
  string,
  string,
  string,
  string | null,
  string | null,
  string | null,
  string | null,
  boolean,
  string[],
  string,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  string[],
];

const date = (s: string | null) => (s ? new Date(`${s}T00:00:00Z`) : null);

function record(r: Row): RosterRecord {
  return {
    id: r[0],
    name: r[1],
    gender: r[2] as RosterRecord["gender"],
    birthDate: date(r[3])!,
    ethnicity: r[4],
    politicalStatus: r[5] as RosterRecord["politicalStatus"],
    currentPostTitle: r[6],
    rank: r[7] as RosterRecord["rank"],
    grade: r[8] as RosterRecord["grade"],
    highestFullTimeLevel: r[9] as RosterRecord["highestFullTimeLevel"],
    hasEliteDegree: r[10],
    familiarDomains: r[11],
    status: r[12] as RosterRecord["status"],
    workStartDate: date(r[13]),
    partyJoinDate: date(r[14]),
    idNumberCipher: r[15],
    unit: r[16] === null ? null : { name: r[16], type: r[17] as NonNullable<RosterRecord["unit"]>["type"] },
    poolEntries: r[18].map((tier) => ({ tier: tier as RosterRecord["poolEntries"][number]["tier"] })),
  };
}

/** The columns after the cadre's: 身份证号 cipher (when shown), unit name and type, open pool tiers. */
function tail(showIds: boolean): string {
  return `${showIds ? `c."idNumberCipher"` : "null::text"}, u."name", u."type"::text,
  array(select e."tier"::text from "PoolEntry" e where e."cadreId" = c."id" and e."closedOn" is null order by e."id")`;
}

/**
 * The non-unit sorts: each key's expression over Cadre `c`, whether it needs NULLS LAST (a
 * nullable column; the others keep the plain order an index scan gives both ways), and whether
 * the direction flips (年龄 ascending is birth date descending). 在库 sorts by the lowest open
 * tier (the PoolTier enum's order: 正处级 first), the cadres outside the pool after them.
 */
const SORT_SQL: Record<Exclude<RosterSortKey, "unit">, { expr: string; nulls?: true; flip?: true }> = {
  name: { expr: `c."namePinyin"` },
  gender: { expr: `c."gender"` },
  birthDate: { expr: `c."birthDate"` },
  age: { expr: `c."birthDate"`, flip: true },
  ethnicity: { expr: `c."ethnicity"` },
  // no NULLS LAST: Cadre_roster_post_sort_idx serves both directions (no title last ascending, first descending)
  currentPostTitle: { expr: `c."currentPostTitle"` },
  rank: { expr: `c."rank"`, nulls: true },
  grade: { expr: `c."grade"`, nulls: true },
  politicalStatus: { expr: `c."politicalStatus"` },
  education: { expr: `c."highestFullTimeLevel"`, nulls: true },
  workStartDate: { expr: `c."workStartDate"`, nulls: true },
  partyJoinDate: { expr: `c."partyJoinDate"`, nulls: true },
  pool: {
    expr: `(select min(e."tier") from "PoolEntry" e where e."cadreId" = c."id" and e."closedOn" is null)`,
    nulls: true,
  },
};

/** ORDER BY of a non-unit sort over `expr` (the key itself, or the page's copy of it), then id. */
function orderSql(q: RosterQuery, expr: string, idExpr: string): string {
  const s = SORT_SQL[q.sort as Exclude<RosterSortKey, "unit">];
  const desc = (q.dir === "desc") !== Boolean(s.flip);
  return `${expr} ${desc ? "desc" : "asc"}${s.nulls ? " nulls last" : ""}, ${idExpr} asc`;
}

export interface RosterStatement {
  text: string;
  values: unknown[];
}

/**
 * The page's statement for a non-unit order: the page's ids by the order, then their rows.
 * The 在库 order comes in two parts (poolOrdered): `members` reads the open entries (one per
 * cadre: PoolEntry_one_open_per_cadre) joined to their cadres, by tier; `others` the cadres
 * without one, by id alone.
 */
function sortedStatement(
  actor: Actor,
  q: RosterQuery,
  asOf: Date,
  skip: number,
  take: number,
  part?: "members" | "others",
): RosterStatement {
  const p = new Params();
  const where = rosterWhereSql(actor, q, asOf, p);
  const key =
    part === "members"
      ? `o."tier"`
      : part === "others"
        ? `null::"PoolTier"`
        : SORT_SQL[q.sort as Exclude<RosterSortKey, "unit">].expr;
  const from =
    part === "members" ? `"PoolEntry" o join "Cadre" c on c."id" = o."cadreId" and o."closedOn" is null` : `"Cadre" c`;
  const text = `with page as (
    select c."id", ${key} as "sortKey"
      from ${from} where ${where.join(" and ")}
     order by ${orderSql(q, key, `c."id"`)} offset ${p.add(skip)} limit ${p.add(take)})
  select ${COLUMNS}, ${tail(q.cols.includes("idNumber"))}
    from page join "Cadre" c on c."id" = page."id" left join "Unit" u on u."id" = c."unitId"
   order by ${orderSql(q, `page."sortKey"`, `page."id"`)}`;
  return { text, values: p.values };
}

/**
 * The unit order: the units by (sortOrder, id) from Unit_sortOrder_id_idx, each unit's rows by
 * (rank nulls last, id) from Cadre_roster_unit_idx (unitId, status, rank, id), so PostgreSQL
 * reads units in order and sorts only within the few units the page reaches (an incremental
 * sort under the LIMIT); a rare filter gets a hash join and a top-N sort instead.
 * Cadres without a unit come after every unit ascending, first descending (PostgreSQL's NULLS
 * order, as the LEFT JOIN of the Prisma order put them); `withoutUnit` reads those.
 */
function unitStatement(
  actor: Actor,
  q: RosterQuery,
  asOf: Date,
  skip: number,
  take: number,
  withoutUnit: boolean,
): RosterStatement {
  const p = new Params();
  const d = q.dir === "desc" ? "desc" : "asc";
  const where = [...scopeSql(actor, p), ...filterSql(q, asOf, p, (list) => `u."type" = any(${list})`)];
  const cols = `${COLUMNS}, ${tail(q.cols.includes("idNumber"))}`;
  const text = withoutUnit
    ? `select ${cols} from "Cadre" c left join "Unit" u on false
        where c."unitId" is null and ${where.join(" and ")}
        order by c."rank" ${d} nulls last, c."id" offset ${p.add(skip)} limit ${p.add(take)}`
    : `select ${cols} from "Unit" u join "Cadre" c on c."unitId" = u."id"
        where ${where.join(" and ")}
        order by u."sortOrder" ${d}, u."id" ${d}, c."rank" ${d} nulls last, c."id"
        offset ${p.add(skip)} limit ${p.add(take)}`;
  return { text, values: p.values };
}

async function read(s: RosterStatement): Promise<RosterRecord[]> {
  return (await readRows<Row>(s.text, s.values)).map(record);
}

/**
 * Rows skip … skip + take of the roster the actor may see under `q`, in the page's order: a page
 * asks for one more than it shows (so it knows whether a next page exists); the export and the
 * batch actions read their rows the same way, so they follow the order on screen.
 */
export async function rosterRecords(
  actor: Actor,
  q: RosterQuery,
  asOf: Date,
  skip: number,
  take = q.size + 1,
): Promise<RosterRecord[]> {
  if (q.sort === "pool") return poolOrdered(actor, q, asOf, skip, take);
  if (q.sort !== "unit") return read(sortedStatement(actor, q, asOf, skip, take));
  if (q.dir === "asc") {
    const rows = await read(unitStatement(actor, q, asOf, skip, take, false));
    if (rows.length === take) return rows;
    // past the units' rows: the cadres without a unit follow (rarely any)
    const inUnits = rows.length > 0 || skip === 0 ? skip + rows.length : await countInUnits(actor, q, asOf);
    const rest = await read(unitStatement(actor, q, asOf, Math.max(0, skip - inUnits), take - rows.length, true));
    return [...rows, ...rest];
  }
  const first = await read(unitStatement(actor, q, asOf, skip, take, true));
  if (first.length === take) return first;
  const without = first.length > 0 || skip === 0 ? skip + first.length : await countWithoutUnit(actor, q, asOf);
  const rows = await read(unitStatement(actor, q, asOf, Math.max(0, skip - without), take - first.length, false));
  return [...first, ...rows];
}

/**
 * The 在库 order in two parts, as the unit order reads its cadres without a unit: the pool's
 * members by their open tier (a few thousand rows however large the district), then everyone
 * else by id from the primary key, stopping once the page is full — one sort of every serving
 * cadre by a correlated subquery cost ~200 ms at 100,000 (npm run bench:roster).
 */
async function poolOrdered(actor: Actor, q: RosterQuery, asOf: Date, skip: number, take: number) {
  const inPool = q.pool === "OUT" ? null : { ...q, pool: q.pool ?? ("IN" as const) };
  const rows = inPool ? await read(sortedStatement(actor, inPool, asOf, skip, take, "members")) : [];
  if (rows.length === take || (q.pool && q.pool !== "OUT")) return rows;
  const members = !inPool ? 0 : rows.length > 0 || skip === 0 ? skip + rows.length : await countIn(actor, inPool, asOf);
  const outside = { ...q, pool: "OUT" as const };
  const rest = await read(
    sortedStatement(actor, outside, asOf, Math.max(0, skip - members), take - rows.length, "others"),
  );
  return [...rows, ...rest];
}

async function countIn(actor: Actor, q: RosterQuery, asOf: Date): Promise<number> {
  const s = rosterCountStatement(actor, q, asOf, Number.POSITIVE_INFINITY);
  const [[n]] = await readRows<[number]>(s.text, s.values);
  return n;
}

async function countWhere(actor: Actor, q: RosterQuery, asOf: Date, unitSql: string): Promise<number> {
  const p = new Params();
  const where = [...scopeSql(actor, p), ...filterSql(q, asOf, p, (list) => `u."type" = any(${list})`)];
  const [[n]] = await readRows<[number]>(
    `select count(*)::int from "Cadre" c left join "Unit" u on u."id" = c."unitId" where ${unitSql} and ${where.join(" and ")}`,
    p.values,
  );
  return n;
}

const countInUnits = (actor: Actor, q: RosterQuery, asOf: Date) => countWhere(actor, q, asOf, `c."unitId" is not null`);
const countWithoutUnit = (actor: Actor, q: RosterQuery, asOf: Date) => countWhere(actor, q, asOf, `c."unitId" is null`);

/** The statement the first page of `q` sends, for the benchmark's raw-SQL floor. */
export function rosterStatement(actor: Actor, q: RosterQuery, asOf: Date, skip: number): RosterStatement {
  const take = q.size + 1;
  if (q.sort === "pool") return sortedStatement(actor, { ...q, pool: q.pool ?? "IN" }, asOf, skip, take, "members");
  return q.sort === "unit"
    ? unitStatement(actor, q, asOf, skip, take, q.dir === "desc")
    : sortedStatement(actor, q, asOf, skip, take);
}
