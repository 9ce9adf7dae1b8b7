// The changes bench:dashboard makes to time the first reader after a change: six kinds, each
// touching different rows every time (a cadre entering the pool, an appointment to a leadership
// post, a pool exit, a review, an education record, a birth date changed in raw SQL outside the
// app). Written through Prisma or SQL: the change log's triggers see every writer alike. And the
// raw-SQL floor: the statements the app sent while answering, recorded and sent again directly.
import pg from "pg";
import type { PrismaClient } from "../../lib/generated/prisma/client";

export interface BenchChange {
  kind: string;
  apply: (i: number) => Promise<void>;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function benchChanges(prisma: PrismaClient): Promise<BenchChange[]> {
  const openEntries = await prisma.poolEntry.findMany({
    where: { closedOn: null },
    select: { id: true, cadreId: true },
    orderBy: { id: "asc" },
    take: 200,
  });
  const leaderPosts = await prisma.post.findMany({
    where: { isLeadership: true, archivedAt: null, rank: { not: "STAFF" } },
    select: { id: true },
    orderBy: { id: "asc" },
    take: 200,
  });
  const unit = await prisma.unit.findFirstOrThrow({ where: { archivedAt: null }, select: { id: true } });
  const entry = (i: number) => openEntries[(i * 7) % openEntries.length];
  return [
    {
      kind: "a new cadre entering the pool",
      apply: async (i) => {
        await prisma.$transaction(async (tx) => {
          const c = await tx.cadre.create({
            data: {
              name: `基准新人${i}`,
              gender: "FEMALE",
              birthDate: day("1991-03-04"),
              politicalStatus: "CPC_MEMBER",
              unitId: unit.id,
            },
          });
          await tx.poolEntry.create({
            data: {
              cadreId: c.id,
              tier: "SECTION",
              domain: "党务",
              source: "ORG_INVESTIGATION",
              enteredOn: day("2026-10-01"),
            },
          });
        });
      },
    },
    {
      kind: "an appointment to a leadership post",
      apply: async (i) => {
        await prisma.appointment.create({
          data: {
            cadreId: entry(i).cadreId,
            postId: leaderPosts[i % leaderPosts.length].id,
            startDate: day("2026-09-01"),
          },
        });
      },
    },
    {
      kind: "a pool exit",
      apply: async (i) => {
        await prisma.poolEntry.update({
          where: { id: entry(i + 100).id },
          data: { closedOn: day("2026-11-01"), exitReason: "PROMOTED", exitNote: "基准测试" },
        });
      },
    },
    {
      kind: "a review",
      apply: async (i) => {
        await prisma.poolReview.create({
          data: { poolEntryId: entry(i + 3).id, year: 2026, reviewedOn: day("2026-11-01"), conclusion: "KEEP" },
        });
      },
    },
    {
      kind: "an education record",
      apply: async (i) => {
        await prisma.educationRecord.create({
          data: {
            cadreId: entry(i + 5).cadreId,
            level: "MASTER_STUDY",
            degree: "MASTER",
            school: "基准大学",
            fullTime: false,
          },
        });
      },
    },
    {
      kind: "a birth date in raw SQL",
      apply: async (i) => {
        await prisma.$executeRawUnsafe(
          `update "Cadre" set "birthDate" = "birthDate" - 1 where id = $1`,
          entry(i + 11).cadreId,
        );
      },
    },
  ];
}

interface Statement {
  text: string;
  values: unknown[];
}

/** Records the statements the app's pg pools send while `fn` runs. */
export async function recordStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: Statement[] }> {
  const statements: Statement[] = [];
  const proto = pg.Pool.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const q = args[0] as { text?: string; values?: unknown[] } | string;
    if (typeof q === "string") statements.push({ text: q, values: (args[1] as unknown[]) ?? [] });
    else if (q?.text) statements.push({ text: q.text, values: q.values ?? [] });
    return original.apply(this, args);
  };
  try {
    return { result: await fn(), statements };
  } finally {
    proto.query = original;
  }
}

/** The same statements sent directly on `connections` connections at once: the floor of the database's part. */
export async function replay(url: string, statements: Statement[], connections = 6): Promise<number> {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  try {
    await Promise.all(Array.from({ length: connections }, () => pool.query("select 1")));
    const t = performance.now();
    await Promise.all(statements.map((s) => pool.query({ text: s.text, values: s.values, rowMode: "array" })));
    return performance.now() - t;
  } finally {
    await pool.end();
  }
}
