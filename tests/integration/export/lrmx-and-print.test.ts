// LRMX exports: masked 身份证号 by default, full on purpose after a step-up; every file opens
// with a comment naming who exported it and when, and our import still reads it. Print views
// (/cadres/print, /pool/print) each write one audit row with the count and the cadres.
import { beforeAll, describe, expect, it } from "vitest";
import PrintFormsPage from "@/app/(app)/cadres/print/page";
import PoolPrintPage from "@/app/(app)/pool/print/page";
import { runAs } from "@/lib/server/auth/actor-context";
import { planFormImport } from "@/lib/server/import/form-plan";
import { exportLrmx } from "@/lib/server/export/lrmx-export";
import { idListDigest } from "@/lib/server/print/print-audit";
import { decryptIdNumber } from "@/lib/server/crypto/id-number";
import { prisma } from "@/lib/server/db";
import { createFullCadre, type FullCadre } from "../../factories";
import { createSessionActor, markSteppedUp } from "../../support/step-up";

let cadre: FullCadre;
let plainId: string;
const AS_OF = new Date(Date.UTC(2026, 5, 30));

beforeAll(async () => {
  cadre = await createFullCadre(prisma, { name: "水印测试" }, { idNumber: true });
  const row = await prisma.cadre.findUniqueOrThrow({ where: { id: cadre.id } });
  plainId = decryptIdNumber(row.idNumberCipher!);
});

describe("LRMX export", () => {
  it("masks the 身份证号 by default and opens with the watermark comment", async () => {
    const { actor } = await createSessionActor("ORG_STAFF");
    const now = new Date(Date.UTC(2026, 11, 6, 6, 5));
    const file = await exportLrmx(actor, [cadre.id], AS_OF, { mode: "masked" }, now);
    const xml = new TextDecoder().decode(file.body);
    expect(xml.split("\n").slice(0, 2)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<!-- 苗圃 导出：${actor.displayName}（${actor.username}） 2026-12-06 14:05 -->`,
    ]);
    expect(xml).not.toContain(plainId);
    expect(xml).toContain(`<ShenFenZheng>${plainId.slice(0, 6)}********${plainId.slice(14)}</ShenFenZheng>`);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "export.lrmx", userId: actor.userId },
      orderBy: { id: "desc" },
    });
    expect(audit.diff).toMatchObject({ count: 1, idNumbers: "脱敏" });
  });

  it("full numbers after a step-up: the watermarked file imports again as the same record", async () => {
    const { actor } = await createSessionActor("ORG_STAFF");
    await markSteppedUp(actor);
    const file = await exportLrmx(actor, [cadre.id], AS_OF, { mode: "full", purpose: "组织审批材料" });
    const xml = new TextDecoder().decode(file.body);
    expect(xml).toContain("<!-- 苗圃 导出：");
    expect(xml).toContain(`<ShenFenZheng>${plainId}</ShenFenZheng>`);
    const r = await planFormImport(actor, [{ name: file.fileName, bytes: file.body }], {});
    if (!r.ok) throw new Error(r.message);
    expect(r.plan.report.errors).toEqual([]);
    expect(r.plan.report.unchanged).toEqual([{ file: file.fileName, name: cadre.name }]);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "export.lrmx.fullIdNumbers", userId: actor.userId },
    });
    expect(audit.diff).toMatchObject({ count: 1, purpose: "组织审批材料", idNumbers: "完整" });
  });

  it("a comment cannot be broken out of by a name holding --", async () => {
    const { actor } = await createSessionActor("ORG_STAFF");
    const odd = { ...actor, displayName: "甲--乙-" };
    const xml = new TextDecoder().decode((await exportLrmx(odd, [cadre.id], AS_OF)).body);
    const comment = xml.split("\n")[1];
    expect(comment.slice(4, -3)).not.toContain("--");
  });
});

describe("print views are audited", () => {
  it("/cadres/print writes one row with the count and the cadres", async () => {
    const { actor } = await createSessionActor("ORG_STAFF");
    const other = await createFullCadre(prisma);
    const ids = [cadre.id, other.id].join(",");
    await runAs(actor, () => PrintFormsPage({ searchParams: Promise.resolve({ ids, asOf: "2026-06-30" }) }));
    const rows = await prisma.auditLog.findMany({ where: { action: "print.cadreForm", userId: actor.userId } });
    expect(rows).toHaveLength(1);
    expect(rows[0].diff).toMatchObject({
      format: "HTML",
      count: 2,
      cadreIds: [cadre.id, other.id],
      asOf: "2026-06-30",
    });
  });

  it("/pool/print writes one row with the count", async () => {
    const { actor } = await createSessionActor("ORG_STAFF");
    await runAs(actor, () => PoolPrintPage({ searchParams: Promise.resolve({ tier: "SECTION" }) }));
    const rows = await prisma.auditLog.findMany({ where: { action: "print.pool", userId: actor.userId } });
    expect(rows).toHaveLength(1);
    const diff = rows[0].diff as { count: number; cadreIds: string[] };
    expect(diff.count).toBeGreaterThanOrEqual(1);
    expect(diff.cadreIds).toHaveLength(diff.count);
    expect(diff.cadreIds).toContain(cadre.id);
  });

  it("a long list is recorded by its count and a digest", () => {
    const many = Array.from({ length: 150 }, (_, i) => `c${i}`);
    expect(idListDigest(many)).toEqual({ cadreIdsSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(idListDigest(many.slice(0, 3))).toEqual({ cadreIds: ["c0", "c1", "c2"] });
  });
});
