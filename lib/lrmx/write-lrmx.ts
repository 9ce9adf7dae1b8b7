// LrmxDraft → LRMX 3.x XML for the central 任免表编辑器: UTF-8, root <Person>, pinyin element
// names, text labels (男, 汉族), `YYYYMM` dates, 计算年龄时间 `YYYYMMDD`. Line breaks inside
// 简历 are written CRLF with the CR as &#xD; (as .NET serializers do) so a Windows editor shows
// separate lines and an XML parser does not fold them. Pure.
import { degreeText, schoolAndMajorText } from "./education";
import { formatAssessments } from "./assessments";
import { politicalStatusText, workplaceText } from "./family";
import { toYYYYMM, toYYYYMMDD } from "./loose-date";
import { partyJoinText } from "./person-fields";
import { formatResume } from "./resume";
import type { EducationDraft } from "./education";
import type { LrmxDraft } from "./types";
import { educationLevelLabel, genderLabel, healthStatusLabel } from "@/lib/labels";

/** The editor version our files claim to follow (the 3.x format of docs/lrmx-format.md). */
export const LRMX_WRITER_VERSION = "3.2.1.16";

function escapeXml(s: string): string {
  return (
    s
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      // Characters XML 1.0 cannot carry at all (control characters pasted from Word).
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replace(/\r\n|\r|\n/g, "&#xD;\n")
  );
}

function el(name: string, value: string | null | undefined, indent = "  "): string {
  return `${indent}<${name}>${escapeXml(value ?? "")}</${name}>`;
}

function educationElements(prefix: string, e: EducationDraft | null): string[] {
  const school = e ? schoolAndMajorText(e.school, e.major) : "";
  const level = e ? (e.level ? educationLevelLabel[e.level] : e.levelText) : "";
  const degree = e ? degreeText(e.degree, e.degreeDiscipline) : "";
  // One school text: under 学历 when there is one (the printed form merges both cells).
  return [
    el(`${prefix}_XueLi`, level),
    el(`${prefix}_XueWei`, degree),
    el(`${prefix}_XueLi_BiYeYuanXiaoXi`, level || !degree ? school : ""),
    el(`${prefix}_XueWei_BiYeYuanXiaoXi`, !level && degree ? school : ""),
  ];
}

export interface WriteOptions {
  /** written in 年度考核结果 instead of the grades (a withheld set: lib/lrmx/withheld.ts) */
  assessmentsText?: string;
}

export function writeLrmx(d: LrmxDraft, options: WriteOptions = {}): string {
  const family = d.family.map((m) =>
    [
      "    <Item>",
      el("ChengWei", m.title, "      "),
      el("XingMing", m.name, "      "),
      el("ChuShengRiQi", toYYYYMM(m.birth), "      "),
      el("ZhengZhiMianMao", m.politicalStatusText || politicalStatusText(m.politicalStatus), "      "),
      el("GongZuoDanWeiJiZhiWu", workplaceText(m), "      "),
      "    </Item>",
    ].join("\n"),
  );
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<Person>",
    el("XingMing", d.name),
    el("XingBie", d.gender ? genderLabel[d.gender] : ""),
    el("ChuShengNianYue", toYYYYMM(d.birth)),
    el("MinZu", d.ethnicity),
    el("JiGuan", d.nativePlace),
    el("ChuShengDi", d.birthplace),
    el("RuDangShiJian", partyJoinText(d)),
    el("CanJiaGongZuoShiJian", toYYYYMM(d.workStart)),
    el("JianKangZhuangKuang", d.health ? healthStatusLabel[d.health] : ""),
    el("ZhuanYeJiShuZhiWu", d.professionalTitle),
    el("ShuXiZhuanYeYouHeZhuanChang", d.expertise),
    ...educationElements("QuanRiZhiJiaoYu", d.fullTimeEducation),
    ...educationElements("ZaiZhiJiaoYu", d.partTimeEducation),
    el("XianRenZhiWu", d.currentPost),
    el("NiRenZhiWu", d.proposedPost),
    el("NiMianZhiWu", d.proposedRemoval),
    el("JianLi", formatResume(d.resume)),
    el("JiangChengQingKuang", d.rewardsAndPunishments),
    el("NianDuKaoHeJieGuo", options.assessmentsText ?? formatAssessments(d.assessments)),
    el("RenMianLiYou", d.appointmentReason),
    family.length
      ? `  <JiaTingChengYuan>\n${family.join("\n")}\n  </JiaTingChengYuan>`
      : "  <JiaTingChengYuan></JiaTingChengYuan>",
    el("ChengBaoDanWei", d.reportingUnit),
    el("JiSuanNianLingShiJian", toYYYYMMDD(d.ageReferenceDate)),
    el("TianBiaoShiJian", toYYYYMMDD(d.filledOn)),
    el("TianBiaoRen", d.filledBy),
    el("ShenFenZheng", d.idNumber),
    el("ZhaoPian", d.photo?.base64),
    el("Version", LRMX_WRITER_VERSION),
    el("DaoLingNianYue", toYYYYMM(d.retirementMonth)),
    "</Person>",
    "",
  ];
  return lines.join("\n");
}
