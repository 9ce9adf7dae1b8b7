// Security labels and masked numbers in 任免审批表 files, the pure half: the placeholder an
// uncleared exporter writes survives the file and is recognised on the way back; an import
// takes the sets above the importer's clearance out of the draft; a masked 身份证号 is told
// apart from a malformed one.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { withheldSets } from "@/lib/authz/clearance";
import { checkFormDraft, formPatch, MASKED_ID_MESSAGE } from "@/lib/import/form-draft";
import { FORM_SETS, skippedSetMessage, withholdFormSets } from "@/lib/import/form-labels";
import { isWithheldCell, parseLrmx, withheldCellText, writeLrmx, type LrmxDraft } from "@/lib/lrmx";
import { isMaskedIdNumber, maskIdNumber } from "@/lib/validation/id-number";

function zhou(): LrmxDraft {
  const r = parseLrmx(readFileSync(path.resolve(__dirname, "../../fixtures/lrmx", "zhou-mingyuan.lrmx")));
  if (!r.ok) throw new Error(r.message);
  return r.draft;
}

describe("isMaskedIdNumber", () => {
  it("recognises our masked form, half- or full-width, with X or a digit last", () => {
    expect(isMaskedIdNumber("110105********002X")).toBe(true);
    expect(isMaskedIdNumber("340104********0352")).toBe(true);
    expect(isMaskedIdNumber(" 110105＊＊＊＊＊＊＊＊002x ")).toBe(true);
    expect(isMaskedIdNumber(maskIdNumber("340104198611030352"))).toBe(true);
  });

  it("is false for a full number, a malformed one, or nothing", () => {
    expect(isMaskedIdNumber("340104198611030352")).toBe(false);
    expect(isMaskedIdNumber("34010419861103035")).toBe(false);
    expect(isMaskedIdNumber("3401041986110303AB")).toBe(false);
    expect(isMaskedIdNumber("****")).toBe(false);
    expect(isMaskedIdNumber("")).toBe(false);
    expect(isMaskedIdNumber(null)).toBe(false);
  });
});

describe("checkFormDraft on a masked 身份证号", () => {
  it("gives the dedicated message, not the format one", () => {
    const c = checkFormDraft({ ...zhou(), idNumber: "340104********0352" });
    expect(c.idNumber).toBeNull();
    expect(c.issues).toEqual([{ column: "身份证号", value: "340104********0352", message: MASKED_ID_MESSAGE }]);
  });

  it("a malformed number keeps the format message", () => {
    const c = checkFormDraft({ ...zhou(), idNumber: "34010419861103035" });
    expect(c.issues.map((i) => i.message)).toEqual(["身份证号应为18位（当前为17位）"]);
  });
});

describe("the withheld placeholder", () => {
  it("survives writing and reading an LRMX file, and the import does not take it for 奖惩情况 or grades", () => {
    const text = withheldCellText("高度敏感");
    const xml = writeLrmx(
      { ...zhou(), rewardsAndPunishments: text, assessments: [] },
      { assessmentsText: withheldCellText("敏感") },
    );
    expect(xml).toContain(`<NianDuKaoHeJieGuo>（密级不足，未导出；需“敏感”密级）</NianDuKaoHeJieGuo>`);
    const r = parseLrmx(xml);
    if (!r.ok) throw new Error(r.message);
    expect(isWithheldCell(r.draft.rewardsAndPunishments)).toBe(true);
    expect(r.draft.assessments).toEqual([]);
    const patch = formPatch(r.draft, checkFormDraft(r.draft), { politicalStatus: "CPC_MEMBER", sanctions: [] }, []);
    expect(patch.rewardsAndPunishments).toBeUndefined();
  });

  it("ordinary text is not the placeholder", () => {
    expect(isWithheldCell("2020年被评为全区优秀共产党员")).toBe(false);
    expect(isWithheldCell(null)).toBe(false);
  });
});

describe("withholdFormSets", () => {
  it("a GENERAL importer: both sets out of the draft and reported as skipped", () => {
    const d = zhou();
    expect(d.assessments.length).toBeGreaterThan(0);
    const r = withholdFormSets(d, withheldSets("GENERAL", FORM_SETS));
    expect(r.skipped).toEqual(["sanctions", "assessmentConclusions"]);
    expect(r.draft.rewardsAndPunishments).toBeNull();
    expect(r.draft.assessments).toEqual([]);
    expect(r.draft.family).toEqual(d.family);
    expect(skippedSetMessage("assessmentConclusions")).toBe(
      "年度考核结果（年度考核结论）：密级不足，未比对、未导入（需“敏感”密级）",
    );
  });

  it("a SENSITIVE importer keeps the grades; a HIGHLY_SENSITIVE one keeps both", () => {
    const d = zhou();
    const unit = withholdFormSets(d, withheldSets("SENSITIVE", FORM_SETS));
    expect(unit.skipped).toEqual(["sanctions"]);
    expect(unit.draft.assessments).toEqual(d.assessments);
    const org = withholdFormSets(d, withheldSets("HIGHLY_SENSITIVE", FORM_SETS));
    expect(org).toEqual({ draft: d, skipped: [] });
  });

  it("an empty, 无 or placeholder 奖惩情况 was not refused: nothing to report", () => {
    for (const text of [null, "无", withheldCellText("高度敏感")]) {
      const r = withholdFormSets({ ...zhou(), rewardsAndPunishments: text, assessments: [] }, ["sanctions"]);
      expect(r.skipped).toEqual([]);
    }
  });
});
