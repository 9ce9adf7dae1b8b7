import "server-only";
// Bulk writes for imports: one INSERT … SELECT / UPDATE … FROM jsonb_to_recordset($1) per batch.
// Prisma's createMany through the driver adapter spent ~4 ms per row on 30-column cadre rows
// (40 s for a 10,000-row roster) and an update costs a round trip each; these statements take
// ~0.1 ms per row. Column names and types come from the constants below, never from input; the
// values travel as one JSON parameter.
import type { Prisma } from "@/lib/generated/prisma/client";

type PgType = "text" | "date" | "jsonb" | "text[]" | "bytea" | "boolean" | `"${string}"`;

const CADRE: Record<string, PgType> = {
  id: "text",
  name: "text",
  namePinyin: "text",
  namePinyinInitials: "text",
  gender: '"Gender"',
  birthDate: "date",
  idNumberCipher: "text",
  idNumberHash: "text",
  ethnicity: "text",
  nativePlace: "text",
  birthplace: "text",
  politicalStatus: '"PoliticalStatus"',
  partyJoinDate: "date",
  democraticParty: "text",
  workStartDate: "date",
  health: '"HealthStatus"',
  professionalTitle: "text",
  expertise: "text",
  familiarDomains: "text[]",
  rank: '"Rank"',
  rankSince: "date",
  grade: '"Grade"',
  gradeSince: "date",
  establishmentType: '"EstablishmentType"',
  status: '"CadreStatus"',
  unitId: "text",
  currentPostTitle: "text",
  highestFullTimeLevel: '"EducationLevel"',
  resumeLines: "jsonb",
  rewardsAndPunishments: "text",
  photo: "bytea",
  photoMime: "text",
};
const EDUCATION: Record<string, PgType> = {
  id: "text",
  cadreId: "text",
  level: '"EducationLevel"',
  degree: '"Degree"',
  fullTime: "boolean",
  school: "text",
  major: "text",
};

export const BULK_TABLES = { Cadre: CADRE, EducationRecord: EDUCATION } as const;

function jsonValue(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString().slice(0, 10); // every date column here is a calendar date
  if (v instanceof Uint8Array) return Buffer.from(v).toString("base64");
  return v ?? null;
}

/**
 * Inserts rows into `table` (every row must carry the same keys, all known to the table's
 * column list); `updatedAt` is set to now() since Prisma normally fills it client-side.
 */
export async function bulkInsert(
  tx: Prisma.TransactionClient,
  table: keyof typeof BULK_TABLES,
  rows: ReadonlyArray<Record<string, unknown>>,
): Promise<void> {
  if (!rows.length) return;
  const types = BULK_TABLES[table];
  const keys = Object.keys(rows[0]).sort();
  for (const k of keys) if (!types[k]) throw new Error(`bulkInsert: unknown column ${table}.${k}`);
  const signature = keys.join(",");
  const payload = rows.map((r) => {
    if (Object.keys(r).sort().join(",") !== signature)
      throw new Error(`bulkInsert: rows of ${table} differ in their columns`);
    return Object.fromEntries(keys.map((k) => [k, jsonValue(r[k])]));
  });
  const cols = keys.map((k) => `"${k}"`).join(", ");
  const select = keys.map((k) => (types[k] === "bytea" ? `decode(x."${k}", 'base64')` : `x."${k}"`)).join(", ");
  const defs = keys.map((k) => `"${k}" ${types[k] === "bytea" ? "text" : types[k]}`).join(", ");
  await tx.$executeRawUnsafe(
    `INSERT INTO "${table}" (${cols}, "updatedAt") SELECT ${select}, now() FROM jsonb_to_recordset($1::jsonb) AS x(${defs})`,
    JSON.stringify(payload),
  );
}

/**
 * Updates rows of "Cadre" that share the same changed columns, each only if its version is
 * still the one the dry run read; bumps version and updatedAt. Returns the ids NOT updated
 * (changed by someone else meanwhile).
 */
export async function bulkUpdateCadres(
  tx: Prisma.TransactionClient,
  rows: ReadonlyArray<{ id: string; version: number; data: Record<string, unknown> }>,
): Promise<string[]> {
  if (!rows.length) return [];
  const keys = Object.keys(rows[0].data).sort();
  for (const k of keys) if (!CADRE[k] || k === "id") throw new Error(`bulkUpdateCadres: unknown column ${k}`);
  const payload = rows.map((r) => ({
    id: r.id,
    version: r.version,
    ...Object.fromEntries(keys.map((k) => [k, jsonValue(r.data[k])])),
  }));
  const set = keys
    .map((k) => `"${k}" = ${CADRE[k] === "bytea" ? `decode(x."${k}", 'base64')` : `x."${k}"`}`)
    .join(", ");
  const defs = keys.map((k) => `"${k}" ${CADRE[k] === "bytea" ? "text" : CADRE[k]}`).join(", ");
  const updated = await tx.$queryRawUnsafe<Array<{ id: string }>>(
    `UPDATE "Cadre" AS c SET ${set}, "version" = c."version" + 1, "updatedAt" = now()
     FROM jsonb_to_recordset($1::jsonb) AS x(id text, version int, ${defs})
     WHERE c.id = x.id AND c."version" = x.version RETURNING c.id`,
    JSON.stringify(payload),
  );
  const done = new Set(updated.map((u) => u.id));
  return rows.filter((r) => !done.has(r.id)).map((r) => r.id);
}
