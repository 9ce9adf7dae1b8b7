// The columns of a 花名册 (cadre roster spreadsheet) the import reads, with the header of the
// downloadable template and the variants other departments' spreadsheets use. Column order
// is free; headers are matched after removing spaces, `*` and bracketed hints. Pure.
import { toHalfWidth } from "@/lib/lrmx/loose-date";

export type RosterField =
  | "name"
  | "idNumber"
  | "gender"
  | "birth"
  | "ethnicity"
  | "nativePlace"
  | "birthplace"
  | "politicalStatus"
  | "partyJoin"
  | "workStart"
  | "health"
  | "unit"
  | "currentPost"
  | "rank"
  | "rankSince"
  | "grade"
  | "gradeSince"
  | "establishmentType"
  | "ftLevel"
  | "ftDegree"
  | "ftSchool"
  | "ptLevel"
  | "ptDegree"
  | "ptSchool"
  | "professionalTitle"
  | "expertise"
  | "familiarDomains";

export interface RosterColumn {
  field: RosterField;
  /** the template's header */
  header: string;
  aliases: readonly string[];
  required: boolean;
  date?: boolean;
  /** shown in the template's note row */
  hint?: string;
  width: number;
}

export const ROSTER_COLUMNS: readonly RosterColumn[] = [
  { field: "name", header: "姓名", aliases: ["干部姓名"], required: true, width: 10 },
  {
    field: "idNumber",
    header: "身份证号",
    aliases: ["身份证号码", "公民身份号码", "身份证", "证件号码"],
    required: true,
    width: 22,
    hint: "18位，文本格式",
  },
  { field: "gender", header: "性别", aliases: [], required: false, width: 6, hint: "可空，按身份证号" },
  {
    field: "birth",
    header: "出生年月",
    aliases: ["出生日期", "出生时间", "出生年月日"],
    required: false,
    date: true,
    width: 10,
    hint: "1988.05，可空",
  },
  { field: "ethnicity", header: "民族", aliases: [], required: true, width: 8 },
  { field: "nativePlace", header: "籍贯", aliases: [], required: false, width: 10 },
  { field: "birthplace", header: "出生地", aliases: [], required: false, width: 10 },
  { field: "politicalStatus", header: "政治面貌", aliases: ["党派"], required: true, width: 12 },
  {
    field: "partyJoin",
    header: "入党时间",
    aliases: ["入党日期", "入党年月", "加入党派时间"],
    required: false,
    date: true,
    width: 10,
  },
  {
    field: "workStart",
    header: "参加工作时间",
    aliases: ["参加工作日期", "参加工作年月", "工作时间"],
    required: false,
    date: true,
    width: 12,
  },
  { field: "health", header: "健康状况", aliases: ["健康"], required: false, width: 8, hint: "健康/一般/较差" },
  {
    field: "unit",
    header: "单位",
    aliases: ["工作单位", "所在单位", "单位名称", "现工作单位"],
    required: true,
    width: 24,
    hint: "系统中的单位全称或简称",
  },
  {
    field: "currentPost",
    header: "现任职务",
    aliases: ["职务", "现职务", "现任职务全称", "职务全称"],
    required: false,
    width: 28,
  },
  {
    field: "rank",
    header: "职务层次",
    aliases: ["职务级别", "级别", "现职级别"],
    required: false,
    width: 10,
    hint: "正处级…科员",
  },
  {
    field: "rankSince",
    header: "任现职务层次时间",
    aliases: ["任现职级别时间", "任职务层次时间", "任现级别时间"],
    required: false,
    date: true,
    width: 14,
  },
  { field: "grade", header: "职级", aliases: ["现职级"], required: false, width: 12 },
  { field: "gradeSince", header: "任现职级时间", aliases: ["任职级时间"], required: false, date: true, width: 12 },
  {
    field: "establishmentType",
    header: "编制类型",
    aliases: ["编制性质", "人员类别", "编制"],
    required: false,
    width: 8,
    hint: "公务员/参公/事业",
  },
  { field: "ftLevel", header: "全日制学历", aliases: ["全日制教育学历"], required: false, width: 10 },
  { field: "ftDegree", header: "全日制学位", aliases: ["全日制教育学位"], required: false, width: 10 },
  {
    field: "ftSchool",
    header: "全日制毕业院校系及专业",
    aliases: ["全日制毕业院校及专业", "全日制毕业院校", "全日制院校及专业", "毕业院校系及专业"],
    required: false,
    width: 28,
  },
  { field: "ptLevel", header: "在职学历", aliases: ["在职教育学历"], required: false, width: 10 },
  { field: "ptDegree", header: "在职学位", aliases: ["在职教育学位"], required: false, width: 10 },
  {
    field: "ptSchool",
    header: "在职毕业院校系及专业",
    aliases: ["在职毕业院校及专业", "在职毕业院校", "在职院校及专业"],
    required: false,
    width: 28,
  },
  { field: "professionalTitle", header: "专业技术职务", aliases: ["职称", "专业技术职称"], required: false, width: 12 },
  { field: "expertise", header: "熟悉专业有何专长", aliases: ["专长", "熟悉专业及专长"], required: false, width: 20 },
  {
    field: "familiarDomains",
    header: "熟悉领域",
    aliases: ["熟悉工作领域"],
    required: false,
    width: 16,
    hint: "多个用、分隔",
  },
];

export const COLUMN_BY_FIELD = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.field, c])) as Record<
  RosterField,
  RosterColumn
>;

/** `出生年月*（1988.05）` → `出生年月`. */
export function normalizeHeader(text: string): string {
  return toHalfWidth(text)
    .replace(/\(.*?\)|（.*?）/g, "")
    .replace(/[\s*＊:：]/g, "")
    .trim();
}

const LOOKUP = new Map<string, RosterField>();
for (const c of ROSTER_COLUMNS) for (const h of [c.header, ...c.aliases]) LOOKUP.set(normalizeHeader(h), c.field);

export function fieldForHeader(text: string): RosterField | null {
  return LOOKUP.get(normalizeHeader(text)) ?? null;
}

/** Columns whose header alone is ignored without comment (row numbers). */
export const IGNORED_HEADERS = new Set(["序号", "编号", "备注"]);
