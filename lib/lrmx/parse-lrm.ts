// LRM (任免表编辑器 2.0): one GB2312 record of double-quoted, comma-separated values, with the
// photo in a sibling `.pic` file. Education cells split 全日制/在职 by `@` and 学历/学位 by `#`;
// the five family fields are `@`-separated lists. Field positions from docs/lrmx-format.md. Pure.
import { decodeText } from "./decode-text";
import { parseAssessments } from "./assessments";
import { educationFromCells } from "./education";
import { parsePoliticalStatus, parseRelation, parseWorkplace, type FamilyMemberDraft } from "./family";
import { looseDateOrNull, toHalfWidth } from "./loose-date";
import { bytesToBase64, imageMime, parseGender, parseHealth, parsePartyJoin } from "./person-fields";
import { parseResume } from "./resume";
import { MAX_LRMX_BYTES, type LrmxDraft, type LrmxParseResult } from "./types";

/** Splits one CSV record; quotes are doubled inside quoted values; newlines may be quoted. */
export function splitCsvRecord(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= text.length) {
    while (text[i] === " " || text[i] === "\t") i++;
    if (text[i] === '"') {
      let value = "";
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error("unterminated quote");
        value += text.slice(i, q);
        if (text[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      out.push(value);
      while (i < text.length && text[i] !== ",") i++;
    } else {
      const comma = text.indexOf(",", i);
      const end = comma < 0 ? text.length : comma;
      out.push(text.slice(i, end).trim());
      i = end;
    }
    if (text[i] !== ",") break;
    i++;
  }
  return out;
}

const opt = (s: string | undefined) => (s && s.trim() ? s.trim() : null);

function family(fields: string[]): FamilyMemberDraft[] {
  const cols = [20, 21, 22, 23, 24].map((i) => (fields[i] ?? "").split("@"));
  const n = Math.max(...cols.map((c) => c.length));
  const out: FamilyMemberDraft[] = [];
  for (let k = 0; k < n; k++) {
    const [title, name, birth, ps, work] = cols.map((c) => (c[k] ?? "").trim());
    if (!title && !name) continue;
    out.push({
      title,
      relation: parseRelation(title),
      name,
      birth: looseDateOrNull(birth),
      politicalStatusText: ps,
      politicalStatus: parsePoliticalStatus(ps),
      ...parseWorkplace(work),
    });
  }
  return out;
}

function education(levels: string, schools: string, slot: 0 | 1) {
  const [level = "", degree = ""] = (levels.split("@")[slot] ?? "").split("#");
  const [levelSchool = "", degreeSchool = ""] = (schools.split("@")[slot] ?? "").split("#");
  return educationFromCells({ levelText: level, degreeText: degree, levelSchool, degreeSchool });
}

export function parseLrm(bytes: Uint8Array, pic?: Uint8Array | null): LrmxParseResult {
  if (bytes.byteLength > MAX_LRMX_BYTES) return { ok: false, message: "文件过大，单个任免审批表文件不能超过 5 MB" };
  const text = decodeText(bytes, "gb18030").trim();
  if (!text) return { ok: false, message: "文件是空的" };
  let f: string[];
  try {
    f = splitCsvRecord(text);
  } catch {
    return { ok: false, message: "LRM 文件已损坏（引号不配对），无法读取" };
  }
  if (f.length < 20)
    return { ok: false, message: `不是任免审批表 LRM 文件（只有 ${f.length} 个字段，应有 30 个以上）` };
  const warnings: string[] = [];
  const name = toHalfWidth(f[0] ?? "").replace(/\s+/g, "");
  if (!name) return { ok: false, message: "文件中没有姓名，不是完整的任免审批表" };
  const resume = parseResume(f[17]);
  const mime = pic && pic.byteLength ? imageMime(pic) : null;
  if (pic && pic.byteLength && !mime) warnings.push("照片文件（.pic）不是可识别的图片格式，已忽略");
  const draft: LrmxDraft = {
    name,
    gender: parseGender(f[1] ?? "", warnings),
    birth: looseDateOrNull(f[2]),
    ethnicity: opt(f[3]),
    nativePlace: opt(f[4]),
    ...parsePartyJoin(f[5] ?? "", warnings),
    health: parseHealth(f[6] ?? "", warnings),
    birthplace: opt(f[7]),
    workStart: looseDateOrNull(f[8]),
    fullTimeEducation: education(f[9] ?? "", f[10] ?? "", 0),
    partTimeEducation: education(f[9] ?? "", f[10] ?? "", 1),
    professionalTitle: opt(f[11]),
    expertise: opt(f[16]),
    resume: resume.lines,
    rewardsAndPunishments: opt(f[18]),
    assessments: parseAssessments(f[19]),
    family: family(f),
    currentPost: opt(f[25]),
    proposedPost: opt(f[26]),
    proposedRemoval: opt(f[27]),
    appointmentReason: opt(f[28]),
    reportingUnit: opt(f[29]),
    ageReferenceDate: looseDateOrNull(f[30]),
    filledBy: opt(f[31]),
    filledOn: looseDateOrNull(f[32]),
    idNumber: null,
    photo: mime && pic ? { mime, base64: bytesToBase64(pic) } : null,
    version: "2.0",
    retirementMonth: null,
  };
  if (resume.unplaced.length) warnings.push(`简历中有 ${resume.unplaced.length} 行没有起止时间，已忽略`);
  warnings.push("LRM 文件不含身份证号，只能新建干部，不能与已有干部匹配");
  return { ok: true, draft, warnings };
}
