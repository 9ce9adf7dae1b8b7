// One 花名册 row → a validated draft, or the list of what is wrong with it (column, value and a
// Chinese message each). Blank optional cells mean "not given": a new cadre leaves the field
// empty, an existing one keeps its value. Pure: units are resolved by the caller's function.
import type {
  Degree,
  EducationLevel,
  EstablishmentType,
  Gender,
  Grade,
  HealthStatus,
  PoliticalStatus,
  Rank,
} from "@/lib/domain/enums";
import { parseDegree, parseDegreeDiscipline, parseEducationLevel, splitSchoolAndMajor } from "@/lib/lrmx/education";
import { parsePoliticalStatus } from "@/lib/lrmx/family";
import { parseLooseDate, toDotted, type LooseDate } from "@/lib/lrmx/loose-date";
import { maskIdNumber, parseIdNumber } from "@/lib/validation/id-number";
import type { RawCell, RawRow } from "./read-roster-sheet";
import { COLUMN_BY_FIELD, type RosterField } from "./roster-columns";
import * as values from "./roster-values";

export interface CellError {
  row: number;
  column: string;
  value: string;
  message: string;
}

export interface EducationInput {
  level: EducationLevel;
  degree: Degree;
  /** 学科门类 of the degree as written (法学 of 法学硕士) */
  degreeDiscipline: string | null;
  school: string;
  major: string | null;
}

export interface RosterRowDraft {
  row: number;
  idNumber: string;
  name: string;
  gender: Gender;
  /** from the 身份证号 (exact day) */
  birthDate: Date;
  ethnicity: string;
  politicalStatus: PoliticalStatus;
  democraticParty: string | null;
  unitId: string;
  unitName: string;
  /** optional fields: undefined = not given in the file */
  nativePlace?: string;
  birthplace?: string;
  partyJoin?: LooseDate;
  workStart?: LooseDate;
  health?: HealthStatus;
  currentPost?: string;
  rank?: Rank;
  rankSince?: LooseDate;
  grade?: Grade;
  gradeSince?: LooseDate;
  establishmentType?: EstablishmentType;
  professionalTitle?: string;
  expertise?: string;
  familiarDomains?: string[];
  fullTime?: EducationInput;
  partTime?: EducationInput;
}

export type UnitResolution = { id: string; name: string } | { error: string };

/**
 * A failed row still says what the plan needs to finish checking it in the same pass: its
 * 身份证号 when that was readable, and whether a 中共党员 row lacks its 入党时间 (an error unless
 * the stored record has one).
 */
export type RowResult =
  | { ok: true; draft: RosterRowDraft }
  | { ok: false; errors: CellError[]; idNumber: string | null; lacksPartyJoin: boolean };

const CPC = new Set<PoliticalStatus>(["CPC_MEMBER", "CPC_PROBATIONARY"]);

const MAX_LEN: Partial<Record<RosterField, number>> = {
  nativePlace: 30,
  birthplace: 30,
  currentPost: 80,
  professionalTitle: 40,
  expertise: 100,
  familiarDomains: 100,
  ftSchool: 80,
  ptSchool: 80,
};

export function validateRosterRow(raw: RawRow, resolveUnit: (text: string) => UnitResolution): RowResult {
  const errors: CellError[] = [];
  const shown = (field: RosterField, c: RawCell | undefined) =>
    !c
      ? ""
      : c.value instanceof Date
        ? c.value.toISOString().slice(0, 10)
        : field === "idNumber"
          ? maskIdNumber(c.value)
          : c.value.trim();
  const fail = (field: RosterField, message: string) =>
    errors.push({
      row: raw.rowNumber,
      column: COLUMN_BY_FIELD[field].header,
      value: shown(field, raw.cells[field]),
      message,
    });
  const text = (field: RosterField): string | undefined => {
    const c = raw.cells[field];
    if (!c) return undefined;
    const t = (c.value instanceof Date ? c.value.toISOString().slice(0, 10) : c.value).trim();
    const max = MAX_LEN[field];
    if (max && [...t].length > max) fail(field, `${COLUMN_BY_FIELD[field].header}不超过${max}个字`);
    return t || undefined;
  };
  const required = (field: RosterField): string | undefined => {
    const t = text(field);
    if (!t) fail(field, `请填写${COLUMN_BY_FIELD[field].header}`);
    return t;
  };
  const date = (field: RosterField): LooseDate | undefined => {
    const c = raw.cells[field];
    if (!c) return undefined;
    const r = parseLooseDate(c.value);
    if (!r.ok) {
      fail(field, r.message);
      return undefined;
    }
    return r.value ?? undefined;
  };
  const coded = <T>(field: RosterField, read: (s: string) => T | null, choices: string): T | undefined => {
    const t = text(field);
    if (!t) return undefined;
    const v = read(t);
    if (v === null) fail(field, `“${t}”不是可用的${COLUMN_BY_FIELD[field].header}（可填：${choices}）`);
    return v ?? undefined;
  };

  const name = required("name")?.replace(/\s+/g, "");
  if (name && !/^[\u3400-\u9fff·]{2,20}$/u.test(name)) fail("name", "姓名应为2–20个汉字（少数民族姓名可含“·”）");

  let id: ReturnType<typeof parseIdNumber> | null = null;
  const idCell = raw.cells.idNumber;
  if (!idCell) fail("idNumber", "请填写身份证号");
  else if (idCell.numeric) fail("idNumber", "身份证号被 Excel 存成了数字，末几位已丢失；请把该列设为“文本”后重新填写");
  else {
    id = parseIdNumber(String(idCell.value));
    if (!id.ok) fail("idNumber", id.message);
  }
  const idOk = id && id.ok ? id : null;

  const genderText = text("gender");
  let gender: Gender | undefined = idOk?.gender;
  if (genderText) {
    const g = genderText === "男" ? "MALE" : genderText === "女" ? "FEMALE" : null;
    if (!g) fail("gender", `性别“${genderText}”应为男或女`);
    else if (idOk && g !== idOk.gender)
      fail("gender", `性别与身份证号不一致（身份证号为${idOk.gender === "MALE" ? "男" : "女"}）`);
    else gender = g;
  }
  const birth = date("birth");
  if (birth && idOk) {
    const fromId = idOk.birthDate.toISOString().slice(0, birth.length);
    if (fromId !== birth)
      fail("birth", `出生年月与身份证号不一致（身份证号为${toDotted(fromId)}，填写为${toDotted(birth)}）`);
  }

  const ethnicity = coded("ethnicity", values.ethnicityOf, "56个民族的名称，如汉族、回族");
  if (!raw.cells.ethnicity) fail("ethnicity", "请填写民族");
  const psText = required("politicalStatus");
  const politicalStatus = psText ? parsePoliticalStatus(psText) : null;
  if (psText && !politicalStatus)
    fail(
      "politicalStatus",
      `“${psText}”不是可用的政治面貌（可填：中共党员、中共预备党员、民主党派名称、无党派人士、群众）`,
    );
  const democraticParty = politicalStatus === "DEMOCRATIC_PARTY" && psText && psText !== "民主党派" ? psText : null;

  const unitText = required("unit");
  const unit = unitText ? resolveUnit(unitText.replace(/\s+/g, "")) : null;
  if (unit && "error" in unit) fail("unit", unit.error);

  const draft = {
    nativePlace: text("nativePlace"),
    birthplace: text("birthplace"),
    partyJoin: date("partyJoin"),
    workStart: date("workStart"),
    health: coded("health", values.healthOf, "健康、一般、较差"),
    currentPost: text("currentPost"),
    rank: coded("rank", values.rankOf, values.RANK_CHOICES),
    rankSince: date("rankSince"),
    grade: coded("grade", values.gradeOf, values.GRADE_CHOICES),
    gradeSince: date("gradeSince"),
    establishmentType: coded("establishmentType", values.establishmentOf, values.ESTABLISHMENT_CHOICES),
    professionalTitle: text("professionalTitle"),
    expertise: text("expertise"),
    familiarDomains: text("familiarDomains")
      ?.split(/[、,，;；\s]+/)
      .filter(Boolean),
    fullTime: education("ftLevel", "ftDegree", "ftSchool", text, fail),
    partTime: education("ptLevel", "ptDegree", "ptSchool", text, fail),
  };
  if (idOk) {
    const born = idOk.birthDate.toISOString().slice(0, 10);
    for (const f of ["partyJoin", "workStart", "rankSince", "gradeSince"] as const) {
      const v = draft[f];
      if (v && v.slice(0, 7) <= born.slice(0, 7)) fail(f, `${COLUMN_BY_FIELD[f].header}应晚于出生年月`);
    }
  }
  if (errors.length || !name || !idOk || !gender || !ethnicity || !politicalStatus || !unit || "error" in unit) {
    const lacksPartyJoin = !!politicalStatus && CPC.has(politicalStatus) && !draft.partyJoin && !raw.cells.partyJoin;
    return { ok: false, errors, idNumber: idOk?.value ?? null, lacksPartyJoin };
  }
  const clean = Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined)) as Partial<typeof draft>;
  return {
    ok: true,
    draft: {
      row: raw.rowNumber,
      idNumber: idOk.value,
      name,
      gender,
      birthDate: idOk.birthDate,
      ethnicity,
      politicalStatus,
      democraticParty,
      unitId: unit.id,
      unitName: unit.name,
      ...clean,
    },
  };
}

function education(
  levelField: RosterField,
  degreeField: RosterField,
  schoolField: RosterField,
  text: (f: RosterField) => string | undefined,
  fail: (f: RosterField, m: string) => void,
): EducationInput | undefined {
  const levelText = text(levelField);
  const degreeText = text(degreeField);
  const schoolText = text(schoolField);
  if (!levelText && !degreeText && !schoolText) return undefined;
  const header = COLUMN_BY_FIELD[levelField].header;
  if (!levelText) {
    fail(levelField, `填写了学位或院校，请同时填写${header}`);
    return undefined;
  }
  const level = parseEducationLevel(levelText);
  if (!level) fail(levelField, `${header}“${levelText}”无法识别（如：大学本科、硕士研究生、大学专科）`);
  const degree = degreeText ? parseDegree(degreeText) : "NONE";
  if (degreeText && degree === "NONE" && !/^无/.test(degreeText)) {
    fail(degreeField, `${COLUMN_BY_FIELD[degreeField].header}“${degreeText}”无法识别（如：学士、法学硕士、无）`);
  }
  if (!level) return undefined;
  const degreeDiscipline = degreeText && degree !== "NONE" ? parseDegreeDiscipline(degreeText) : null;
  return { level, degree, degreeDiscipline, ...splitSchoolAndMajor(schoolText ?? "") };
}
