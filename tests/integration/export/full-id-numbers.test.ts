// Issue 18 item 4: bulk personal data leaves only on purpose. The roster export masks 身份证号
// by default (it used to give ORG_STAFF every full number); full numbers need a purpose and a
// step-up of the last five minutes, checked on the server; refusals answer 403 with a DENIED
// row; a step-up code is accepted once only; the file carries who exported it and when.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as rosterExportRoute } from "@/app/(app)/cadres/export/route";
import { FieldError } from "@/lib/errors/field-errors";
import { ForbiddenError } from "@/lib/errors/user-facing";
import { chinaMinute } from "@/lib/print/watermark";
import { runAs } from "@/lib/server/auth/actor-context";
import { hasFreshStepUp, verifyStepUp } from "@/lib/server/auth/step-up";
import { totpCode } from "@/lib/server/auth/totp";
import { exportRoster } from "@/lib/server/cadres/roster-export";
import { encryptIdNumber, hashIdNumber } from "@/lib/server/crypto/id-number";
import { prisma } from "@/lib/server/db";
import { cadreMaker, makeUnit, newTag, queryFor } from "../cadres/roster-world";
import { buildIdNumber } from "../../factories/id-number";
import { createSessionActor, markSteppedUp } from "../../support/step-up";

const tag = newTag();
// A number of this file's own: the shared test database holds other files' cadres, and the
// keyed hash of a 身份证号 is unique.
const ID = buildIdNumber("110105", new Date("1949-12-31"), 1 + 2 * Math.floor(Math.random() * 499));
const MASKED_ID = `${ID.slice(0, 6)}********${ID.slice(14)}`;
const cols = { cols: "name,unit,idNumber" };
const PURPOSE = "干部调配上报";
const full = { mode: "full" as const, purpose: PURPOSE };

async function sheet(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return { wb, ws: wb.getWorksheet("干部名册")! };
}

const lastAudit = (action: string, userId: string) =>
  prisma.auditLog.findFirst({ where: { action, userId }, orderBy: { id: "desc" } });

beforeAll(async () => {
  const unit = await makeUnit("STREET", 1);
  const make = cadreMaker(tag, unit.id);
  await make({ name: "导出甲", idNumberCipher: encryptIdNumber(ID), idNumberHash: hashIdNumber(ID) });
  await make({ name: "导出乙" });
});

describe("roster export: masked by default", () => {
  it("an ORG_STAFF export with the 身份证号 column gives masked numbers, audited with the count", async () => {
    const { actor } = await createSessionActor("ORG_STAFF");
    const out = await exportRoster(actor, queryFor(tag, cols));
    const { ws } = await sheet(out.buffer);
    const row = (ws.getSheetValues() as unknown[][]).find((r) => r && r[2] === "导出甲")!;
    expect(row[4]).toBe(MASKED_ID);
    expect(out.buffer.includes(Buffer.from(ID))).toBe(false);
    const audit = await lastAudit("export.roster", actor.userId);
    expect(audit?.diff).toMatchObject({ count: 2, idNumbers: "脱敏" });
  });
});

describe("roster export: full numbers only on purpose after a fresh step-up", () => {
  it("without a step-up: refused (403, Chinese text) and a DENIED row with the purpose", async () => {
    const { actor } = await createSessionActor("ORG_STAFF");
    await expect(exportRoster(actor, queryFor(tag, cols), full)).rejects.toBeInstanceOf(ForbiddenError);
    const q = new URLSearchParams({ domain: tag, asOf: "2026-06-30", ...cols, idNumbers: "full", purpose: PURPOSE });
    const res = await runAs(actor, () => rosterExportRoute(new Request(`http://localhost/cadres/export?${q}`)));
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("动态口令");
    const denied = await lastAudit("export.roster.fullIdNumbers", actor.userId);
    expect(denied).toMatchObject({ result: "DENIED" });
    expect(denied?.diff).toMatchObject({ purpose: PURPOSE, reason: "no-fresh-step-up" });
  });

  it("with a step-up older than five minutes: refused", async () => {
    const { actor, secret } = await createSessionActor("ORG_STAFF");
    const then = new Date(Date.now() - 6 * 60_000);
    await verifyStepUp(actor, totpCode(secret, then), then);
    expect(await hasFreshStepUp(actor, new Date())).toBe(false);
    await expect(exportRoster(actor, queryFor(tag, cols), full)).rejects.toThrow("5 分钟内验证动态口令");
    expect(await lastAudit("export.roster.fullIdNumbers", actor.userId)).toMatchObject({ result: "DENIED" });
  });

  it("with a purpose and a fresh step-up: full numbers, audited with the purpose and the count", async () => {
    const { actor, secret } = await createSessionActor("ORG_STAFF");
    const now = new Date();
    await verifyStepUp(actor, totpCode(secret, now), now);
    expect(await lastAudit("auth.stepUp", actor.userId)).toMatchObject({ result: "SUCCESS" });
    const out = await exportRoster(actor, queryFor(tag, cols), full);
    const { ws } = await sheet(out.buffer);
    const row = (ws.getSheetValues() as unknown[][]).find((r) => r && r[2] === "导出甲")!;
    expect(row[4]).toBe(ID);
    const audit = await lastAudit("export.roster.fullIdNumbers", actor.userId);
    expect(audit).toMatchObject({ result: "SUCCESS", objectType: "Cadre" });
    expect(audit?.diff).toMatchObject({ purpose: PURPOSE, count: 2, idNumbers: "完整" });
  });

  it("a purpose shorter than 4 characters is refused before anything is read", async () => {
    const { actor } = await createSessionActor("ORG_STAFF");
    await markSteppedUp(actor);
    await expect(exportRoster(actor, queryFor(tag, cols), { mode: "full", purpose: "上报" })).rejects.toThrow(
      "用途至少 4 个字",
    );
  });

  it("a clearance below 高度敏感 is refused even after a step-up", async () => {
    const { actor } = await createSessionActor("ORG_STAFF", { clearance: "SENSITIVE" });
    await markSteppedUp(actor);
    await expect(exportRoster(actor, queryFor(tag, cols), full)).rejects.toThrow("密级授权不足");
    const denied = await lastAudit("export.roster.fullIdNumbers", actor.userId);
    expect(denied?.diff).toMatchObject({ reason: "no-clearance" });
  });

  it("an account without an enrolled second factor can neither step up nor export full numbers", async () => {
    const { actor } = await createSessionActor("ORG_STAFF", { enrolled: false });
    await expect(verifyStepUp(actor, "123456", new Date())).rejects.toThrow("尚未绑定动态口令");
    await markSteppedUp(actor); // even a session stamped by other means
    await expect(exportRoster(actor, queryFor(tag, cols), full)).rejects.toThrow("尚未绑定动态口令");
  });
});

describe("the step-up", () => {
  it("accepts a code once only: the same code again is refused beside the field and counted", async () => {
    const { actor, secret, userId } = await createSessionActor("ORG_STAFF");
    const now = new Date();
    const code = totpCode(secret, now);
    await verifyStepUp(actor, code, now);
    const again = verifyStepUp(actor, code, new Date(now.getTime() + 1000));
    await expect(again).rejects.toBeInstanceOf(FieldError);
    await expect(again).rejects.toMatchObject({ field: "code" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).failedAttempts).toBe(1);
    expect(await lastAudit("auth.stepUp", actor.userId)).toMatchObject({ result: "FAILURE" });
  });

  it("a wrong code does not mark the session", async () => {
    const { actor, secret } = await createSessionActor("ORG_STAFF");
    const now = new Date();
    const wrong = totpCode(secret, new Date(now.getTime() - 10 * 60_000));
    await expect(verifyStepUp(actor, wrong, now)).rejects.toThrow("动态口令错误");
    expect(await hasFreshStepUp(actor, now)).toBe(false);
  });
});

describe("watermark", () => {
  it("every sheet's header and footer and the document properties name the user and the time", async () => {
    const { actor } = await createSessionActor("ORG_STAFF");
    const now = new Date(Date.UTC(2026, 11, 6, 6, 5));
    const out = await exportRoster(actor, queryFor(tag, cols), { mode: "masked" }, now);
    const { wb, ws } = await sheet(out.buffer);
    expect(chinaMinute(now)).toBe("2026-12-06 14:05");
    for (const part of [ws.headerFooter.oddHeader, ws.headerFooter.oddFooter, wb.description]) {
      expect(part).toContain(actor.username);
      expect(part).toContain("2026-12-06 14:05");
    }
    expect(wb.description).toBe(`苗圃 导出：${actor.displayName}（${actor.username}） 2026-12-06 14:05`);
  });
});
