// 身份证号 at rest: after writing cadres (and an audit row about one of them), a full dump of
// every table in the database contains no plain ID number, while the rows themselves are
// there; lookup goes through the keyed hash. pg_dump can't dump this server version, so the
// dump is COPY … TO STDOUT of every table in the public schema — the same text pg_dump writes.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditDiff, writeAudit } from "@/lib/server/audit";
import { decryptIdNumber, encryptIdNumber, hashIdNumber } from "@/lib/server/crypto/id-number";
import { prisma } from "@/lib/server/db";
import { idCheckChar } from "@/lib/validation/id-number";

// node-postgres ignores COPY OUT data unless a query collects it (pg-copy-streams does the
// same, but is not a dependency here).
class CopyOut extends pg.Query {
  chunks: Buffer[] = [];
  handleCopyData(msg: { chunk: Buffer }) {
    // A copy: the chunk is a view into node-postgres's receive buffer, which the next socket
    // read overwrites — a table larger than one read (the audit log of a whole run) came out
    // garbled, and a garbled dump could hide a plain number.
    this.chunks.push(Buffer.from(msg.chunk));
  }
}

async function copyTable(client: pg.Client, table: string): Promise<string> {
  const q = new CopyOut(`COPY (SELECT * FROM "${table.replace(/"/g, '""')}") TO STDOUT`);
  await new Promise<void>((resolve, reject) => {
    q.once("end", () => resolve());
    q.once("error", reject);
    client.query(q);
  });
  return Buffer.concat(q.chunks).toString("utf8");
}

async function dumpDatabase(client: pg.Client): Promise<Map<string, string>> {
  const tables = await client.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const dump = new Map<string, string>();
  for (const { tablename } of tables.rows) dump.set(tablename, await copyTable(client, tablename));
  return dump;
}

const run = Date.now().toString().slice(-6);
const people = ["11010519880501", "32010219880501", "44030519880501"].map((prefix, i) => {
  const first17 = prefix + String(100 + i * 2 + 1).slice(-3); // odd 17th digit: male
  return { name: `加密测试${run}-${i}`, idNumber: first17 + idCheckChar(first17) };
});

let raw: pg.Client;
const ids: string[] = [];

beforeAll(async () => {
  raw = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await raw.connect();
  for (const p of people) {
    const cadre = await prisma.$transaction(async (tx) => {
      const data = {
        name: p.name,
        gender: "MALE" as const,
        birthDate: new Date("1988-05-01"),
        politicalStatus: "CPC_MEMBER" as const,
        idNumberCipher: encryptIdNumber(p.idNumber),
        idNumberHash: hashIdNumber(p.idNumber),
      };
      const c = await tx.cadre.create({ data });
      // A careless caller passing the plain number in the diff must not leak it either.
      await writeAudit(tx, {
        actor: { id: "u-test", username: "org", role: "ORG_STAFF" },
        ip: "127.0.0.1",
        action: "cadre.create",
        objectType: "Cadre",
        objectId: c.id,
        result: "SUCCESS",
        diff: auditDiff(null, { ...data, idNumber: p.idNumber }),
      });
      return c;
    });
    ids.push(cadre.id);
  }
});

afterAll(async () => {
  await raw.end();
  await prisma.$disconnect();
});

describe("身份证号 encryption at rest", () => {
  it("a dump of every table has the cadres but no plain ID number", async () => {
    const dump = await dumpDatabase(raw);
    expect(dump.has("Cadre")).toBe(true);
    expect(dump.has("AuditLog")).toBe(true);
    const everything = [...dump.values()].join("\n");
    for (const p of people) {
      expect(dump.get("Cadre")).toContain(p.name);
      expect(everything).not.toContain(p.idNumber);
      expect(everything).not.toContain(p.idNumber.slice(0, 17)); // not even without the check digit
    }
    for (const id of ids) expect(dump.get("AuditLog")).toContain(id);
  });

  it("stores ciphertext that decrypts to the number", async () => {
    const rows = await prisma.cadre.findMany({ where: { id: { in: ids } }, orderBy: { name: "asc" } });
    expect(rows.map((r) => decryptIdNumber(r.idNumberCipher!))).toEqual(people.map((p) => p.idNumber));
  });

  it("finds a cadre by the keyed hash of the number, however it was typed", async () => {
    const p = people[1];
    const typed = ` ${p.idNumber.slice(0, 6)} ${p.idNumber.slice(6).toLowerCase()} `;
    const found = await prisma.cadre.findUnique({ where: { idNumberHash: hashIdNumber(typed) } });
    expect(found?.name).toBe(p.name);
  });

  it("refuses a second cadre with the same number (unique hash)", async () => {
    const p = people[0];
    await expect(
      prisma.cadre.create({
        data: {
          name: "重复",
          gender: "MALE",
          birthDate: new Date("1988-05-01"),
          politicalStatus: "CPC_MEMBER",
          idNumberCipher: encryptIdNumber(p.idNumber),
          idNumberHash: hashIdNumber(p.idNumber),
        },
      }),
    ).rejects.toThrow();
  });
});
