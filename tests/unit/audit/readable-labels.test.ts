// Every audit action the code writes has a Chinese name, and every object type too: the audit
// page must never fall back to 其他操作 for something Miaopu itself records. The actions are read
// from the source (literals after `action:`, export routes, AUDIT_ACTIONS), so a new writer that
// forgets its label fails here.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_OBJECT_WORD, auditActionLabel } from "@/lib/audit/readable/action-label";
import { fieldLabel, readableDiffKey } from "@/lib/audit/readable/field-label";
import { objectTypeLabel } from "@/lib/audit/readable/object-type-label";
import { auditValueText } from "@/lib/audit/readable/value-text";

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sources(p);
    return /\.(ts|tsx)$/.test(e.name) ? [fs.readFileSync(p, "utf8")] : [];
  });
}
const code = [...sources("lib"), ...sources("app")].join("\n");
const found = (re: RegExp) => [...new Set([...code.matchAll(re)].map((m) => m[1]))];

const ACTIONS = [
  ...found(/\baction: "([a-z][a-zA-Z]*(?:\.[a-zA-Z]+)+)"/g),
  ...found(/exportRoute\(request, "([a-z][a-zA-Z.]+)"/g),
  // server actions: the wrapper audits a refusal (and the sensitive reads) under the action's name
  ...found(/\.metadata\(\{\s*name: "([a-z][a-zA-Z]*(?:\.[a-zA-Z]+)+)"/g),
  ...found(/^\s+[a-zA-Z]+: "([a-z]+\.[a-zA-Z.]+)",$/gm).filter((a) =>
    /^(auth|export|print|reveal|page|read|audit)\./.test(a),
  ),
  "read.denied.label",
];
// The record editors compose `${object}.create|update|archive` (write-records.ts, write-archive.ts).
const COMPOSED = [
  "education",
  "appointment",
  "assessment",
  "family",
  "sanction",
  "personalMatters",
  "rankRecord",
].flatMap((o) => ["create", "update", "archive"].map((v) => `${o}.${v}`));
const OBJECT_TYPES = found(/objectType: "([A-Z][A-Za-z]+)"/g);

describe("the audit log's Chinese names", () => {
  it(`names each of the ${ACTIONS.length} actions written in lib/ and app/`, () => {
    expect(ACTIONS.length).toBeGreaterThan(40);
    const unnamed = ACTIONS.filter((a) => /其他操作|相关操作/.test(auditActionLabel(a)));
    expect(unnamed).toEqual([]);
  });

  it("names the record editors' composed actions: family.archive → 作废家庭成员, education.update → 修改学历学位", () => {
    expect(auditActionLabel("family.archive")).toBe("作废家庭成员");
    expect(auditActionLabel("education.update")).toBe("修改学历学位");
    expect(COMPOSED.filter((a) => /其他操作|相关操作/.test(auditActionLabel(a)))).toEqual([]);
    expect(Object.values(AUDIT_OBJECT_WORD).every((w) => !/[A-Za-z]/.test(w))).toBe(true);
  });

  it(`names each of the ${OBJECT_TYPES.length} object types`, () => {
    expect(OBJECT_TYPES.length).toBeGreaterThan(20);
    expect(OBJECT_TYPES.filter((t) => objectTypeLabel(t) === "其他对象")).toEqual([]);
  });

  it("an unknown action or field still reads in Chinese", () => {
    expect(auditActionLabel("zzz.yyy")).toBe("其他操作");
    expect(fieldLabel("zzzUnknown")).toBe("其他字段");
  });

  it("values: enum codes by their labels, DATE columns as days, instants in Beijing time, reasons", () => {
    expect(auditValueText("politicalStatus", "CYL_MEMBER")).toBe("共青团员");
    expect(auditValueText("grade", "EXCELLENT")).toBe("优秀");
    expect(auditValueText("tier", "SECTION")).not.toMatch(/[A-Z]/);
    expect(auditValueText("birthDate", "1988-05-01T00:00:00.000Z")).toBe("1988.05.01");
    // 02:05:07 UTC is 10:05:07 in Beijing
    expect(auditValueText("archivedAt", "2026-11-22T02:05:07.000Z")).toBe("2026.11.22 10:05:07");
    expect(auditValueText("reason", "totp-replay")).toBe("动态口令重复使用");
    expect(auditValueText("outcome", "ELIGIBLE")).not.toMatch(/[A-Z]/);
    expect(auditValueText("result", "NO_QUORUM")).not.toMatch(/[A-Z]/);
    expect(auditValueText("reason", "outOfScope")).toBe("不在管理范围内");
    expect(auditValueText("familiarDomains", ["金融", "城建"])).toBe("金融、城建");
    expect(auditValueText("emigrated", null)).toBe("（空）");
  });

  it("a refused labelled read: the withheld set and its level by name, and what the read was for", () => {
    // {set: "personalMatters", level: "HIGHLY_SENSITIVE", purpose: "nomination.check"} as written by auditLabelDenials
    const key = (k: string) => readableDiffKey("read.denied.label", k);
    expect(fieldLabel(key("set"))).toBe("信息类别");
    expect(auditValueText(key("set"), "personalMatters")).toBe("个人有关事项报告");
    expect(fieldLabel(key("level"))).toBe("信息密级");
    expect(auditValueText(key("level"), "HIGHLY_SENSITIVE")).not.toMatch(/[A-Z]/);
    expect(auditValueText("purpose", "nomination.check")).toBe("推荐前资格研判");
    // elsewhere `level` stays an education level
    expect(fieldLabel(readableDiffKey("education.update", "level"))).toBe("学历");
  });
});
