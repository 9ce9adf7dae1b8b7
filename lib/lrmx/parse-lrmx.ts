// LRMX (任免表编辑器 3.x) → LrmxDraft. The file is untrusted: size-limited, DTDs refused,
// malformed XML reported in Chinese. Values are read tolerantly (see loose-date, resume,
// education, family); what cannot be read becomes a warning, never a guess. Pure.
import { decodeText } from "./decode-text";
import { parseAssessments } from "./assessments";
import { educationFromCells } from "./education";
import { parsePoliticalStatus, parseRelation, parseWorkplace, type FamilyMemberDraft } from "./family";
import { looseDateOrNull, toHalfWidth, type LooseDate } from "./loose-date";
import { parseGender, parseHealth, parsePartyJoin, parsePhoto } from "./person-fields";
import { parseResume } from "./resume";
import { MAX_LRMX_BYTES, type LrmxDraft, type LrmxParseResult } from "./types";
import { parseUntrustedXml, textOf, UnknownStructureError } from "./untrusted-xml";

type Node = Record<string, unknown>;

const optional = (s: string) => (s.trim() ? s.trim() : null);

function dateField(node: Node, key: string, label: string, warnings: string[]): LooseDate | null {
  const raw = textOf(node, key).trim();
  const d = looseDateOrNull(raw);
  if (raw && !d) warnings.push(`${label}“${raw}”无法识别，已留空`);
  return d;
}

function familyOf(node: Node, warnings: string[]): FamilyMemberDraft[] {
  const group = node.JiaTingChengYuan;
  if (group === undefined || group === "" || group === null) return [];
  if (typeof group !== "object" || Array.isArray(group)) throw new UnknownStructureError("JiaTingChengYuan");
  const items = (group as Node).Item ?? [];
  if (!Array.isArray(items)) throw new UnknownStructureError("JiaTingChengYuan/Item");
  const out: FamilyMemberDraft[] = [];
  for (const raw of items) {
    if (raw === "") continue; // <Item/>
    if (typeof raw !== "object" || raw === null) throw new UnknownStructureError("JiaTingChengYuan/Item");
    const item = raw as Node;
    const title = textOf(item, "ChengWei").trim();
    const name = textOf(item, "XingMing").trim();
    if (!title && !name) continue;
    const politicalStatusText = textOf(item, "ZhengZhiMianMao").trim();
    out.push({
      title,
      relation: parseRelation(title),
      name,
      birth: dateField(item, "ChuShengRiQi", `家庭成员${name}的出生日期`, warnings),
      politicalStatusText,
      politicalStatus: parsePoliticalStatus(politicalStatusText),
      ...parseWorkplace(textOf(item, "GongZuoDanWeiJiZhiWu")),
    });
  }
  return out;
}

function draftOf(p: Node, warnings: string[]): LrmxDraft {
  const t = (key: string) => textOf(p, key);
  const name = toHalfWidth(t("XingMing")).replace(/\s+/g, "");
  const party = parsePartyJoin(t("RuDangShiJian"), warnings);
  const resume = parseResume(t("JianLi"));
  if (resume.unplaced.length)
    warnings.push(
      `简历中有 ${resume.unplaced.length} 行没有起止时间，已忽略：${resume.unplaced.join(" / ").slice(0, 60)}`,
    );
  const edu = (prefix: string) =>
    educationFromCells({
      levelText: t(`${prefix}_XueLi`),
      degreeText: t(`${prefix}_XueWei`),
      levelSchool: t(`${prefix}_XueLi_BiYeYuanXiaoXi`),
      degreeSchool: t(`${prefix}_XueWei_BiYeYuanXiaoXi`),
    });
  const idRaw = toHalfWidth(t("ShenFenZheng")).replace(/\s+/g, "").toUpperCase();
  return {
    name,
    gender: parseGender(t("XingBie"), warnings),
    birth: dateField(p, "ChuShengNianYue", "出生年月", warnings),
    ethnicity: optional(t("MinZu")),
    nativePlace: optional(t("JiGuan")),
    birthplace: optional(t("ChuShengDi")),
    ...party,
    workStart: dateField(p, "CanJiaGongZuoShiJian", "参加工作时间", warnings),
    health: parseHealth(t("JianKangZhuangKuang"), warnings),
    professionalTitle: optional(t("ZhuanYeJiShuZhiWu")),
    expertise: optional(t("ShuXiZhuanYeYouHeZhuanChang")),
    fullTimeEducation: edu("QuanRiZhiJiaoYu"),
    partTimeEducation: edu("ZaiZhiJiaoYu"),
    currentPost: optional(t("XianRenZhiWu")),
    proposedPost: optional(t("NiRenZhiWu")),
    proposedRemoval: optional(t("NiMianZhiWu")),
    resume: resume.lines,
    rewardsAndPunishments: optional(t("JiangChengQingKuang")),
    assessments: parseAssessments(t("NianDuKaoHeJieGuo")),
    appointmentReason: optional(t("RenMianLiYou")),
    family: familyOf(p, warnings),
    reportingUnit: optional(t("ChengBaoDanWei")),
    ageReferenceDate: dateField(p, "JiSuanNianLingShiJian", "计算年龄时间", warnings),
    filledOn: dateField(p, "TianBiaoShiJian", "填表时间", warnings),
    filledBy: optional(t("TianBiaoRen")),
    idNumber: idRaw || null,
    photo: parsePhoto(t("ZhaoPian"), warnings),
    version: optional(t("Version")),
    retirementMonth: looseDateOrNull(t("DaoLingNianYue")),
  };
}

/** Reads one LRMX file. `bytes` may be the raw file (any of the encodings decode-text knows). */
export function parseLrmx(input: Uint8Array | string): LrmxParseResult {
  const size = typeof input === "string" ? new TextEncoder().encode(input).byteLength : input.byteLength;
  if (size > MAX_LRMX_BYTES) {
    return {
      ok: false,
      message: `文件过大（${(size / 1024 / 1024).toFixed(1)} MB），单个任免审批表文件不能超过 ${MAX_LRMX_BYTES / 1024 / 1024} MB`,
    };
  }
  if (size === 0) return { ok: false, message: "文件是空的" };
  const text = typeof input === "string" ? input : decodeText(input);
  const xml = parseUntrustedXml(text, "Person", ["Item"]);
  if (!xml.ok) return xml;
  const warnings: string[] = [];
  try {
    const draft = draftOf(xml.root, warnings);
    if (!draft.name) return { ok: false, message: "文件中没有姓名（XingMing），不是完整的任免审批表" };
    return { ok: true, draft, warnings };
  } catch (e) {
    if (e instanceof UnknownStructureError) return { ok: false, message: e.message };
    throw e;
  }
}
