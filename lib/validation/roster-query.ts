// The roster's view state — filters, sort, page, visible columns — as it lives in the URL.
// Pure (no server imports): the filter bar builds URLs with it, the page and the .xlsx export
// parse the same search params with it, so a shared link always shows the same rows.
import { z } from "zod";
import {
  CADRE_STATUSES,
  EDUCATION_LEVELS,
  GENDERS,
  GRADES,
  POLITICAL_STATUSES,
  POOL_TIERS,
  RANKS,
  UNIT_TYPES,
} from "@/lib/rules/model/enums";

export const ROSTER_SORT_KEYS = [
  "name",
  "gender",
  "birthDate",
  "age",
  "ethnicity",
  "unit",
  "currentPostTitle",
  "rank",
  "grade",
  "politicalStatus",
  "education",
  "workStartDate",
  "partyJoinDate",
  "pool",
] as const;
export type RosterSortKey = (typeof ROSTER_SORT_KEYS)[number];

export const ROSTER_COLUMNS = [
  "name",
  "gender",
  "birthDate",
  "age",
  "ethnicity",
  "politicalStatus",
  "unit",
  "unitType",
  "currentPostTitle",
  "rank",
  "grade",
  "education",
  "elite",
  "domains",
  "pool",
  "status",
  "workStartDate",
  "partyJoinDate",
  "idNumber",
] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];
export const DEFAULT_ROSTER_COLUMNS: readonly RosterColumn[] = [
  "name",
  "gender",
  "birthDate",
  "age",
  "ethnicity",
  "politicalStatus",
  "unit",
  "currentPostTitle",
  "rank",
  "education",
  "pool",
];

export const PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 50;

/** 汉族 / any minority, besides a specific ethnic group typed in full. */
export const ETHNICITY_HAN = "汉族";
export const ETHNICITY_MINORITY = "少数民族";

/**
 * Rows ticked on the roster (issue 24 item 4): the batch actions and the export of a selection
 * carry them as `ids=a,b,…` beside the filters, and the server ANDs them with the actor's scope
 * and the filters — an id outside either is simply not found. Capped so a GET link stays well
 * under the request-line limit; more than that is "all that match the filter" (no ids at all).
 */
export const ROSTER_SELECTION_MAX = 300;
const SELECTION_ID = /^[A-Za-z0-9_-]{1,40}$/;

/** In the pool: any open entry, none, or an open entry of one tier. */
export const POOL_FILTERS = ["IN", "OUT", ...POOL_TIERS] as const;

const many = <T extends readonly [string, ...string[]]>(values: T) => z.array(z.enum(values)).default([]);
const optionalInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max).optional();
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(s)), "日期无效");

export const rosterQuerySchema = z.object({
  /** name, or pinyin (initials "zs" or full "zhangsan") */
  q: z.string().trim().max(40).optional(),
  unitId: z.string().max(40).optional(),
  unitType: many(UNIT_TYPES),
  rank: many(RANKS),
  grade: many(GRADES),
  /** age range in 周岁 on `asOf` (default: today in China), inclusive */
  ageMin: optionalInt(0, 120),
  ageMax: optionalInt(0, 120),
  asOf: isoDay.optional(),
  gender: z.enum(GENDERS).optional(),
  /** 汉族, 少数民族, or one group's name */
  ethnicity: z.string().trim().max(20).optional(),
  political: many(POLITICAL_STATUSES),
  /** highest full-time education at least this level */
  eduMin: z.enum(EDUCATION_LEVELS).optional(),
  /** any full-time record at a 985/211/双一流 university */
  elite: z.literal("1").optional(),
  domain: z.string().trim().max(20).optional(),
  pool: z.enum(POOL_FILTERS).optional(),
  /** empty = 在职 (SERVING); "ALL" = every status */
  status: z.array(z.enum([...CADRE_STATUSES, "ALL"])).default([]),
  sort: z.enum(ROSTER_SORT_KEYS).default("unit"),
  dir: z.enum(["asc", "desc"]).default("asc"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  size: z.coerce
    .number()
    .int()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n), "每页条数无效")
    .default(DEFAULT_PAGE_SIZE),
  cols: z.array(z.enum(ROSTER_COLUMNS)).default([]),
  ids: z
    .array(z.string().regex(SELECTION_ID, "所选干部无效"))
    .max(ROSTER_SELECTION_MAX, `一次最多勾选 ${ROSTER_SELECTION_MAX} 人，更多请选中全部符合条件的干部`)
    .default([]),
});

export type RosterQuery = z.output<typeof rosterQuerySchema>;

/** The Chinese name of each URL parameter, for "已忽略" notices. */
export const ROSTER_PARAM_LABELS: Record<keyof RosterQuery, string> = {
  q: "姓名或拼音",
  unitId: "单位",
  unitType: "单位类别",
  rank: "职务层次",
  grade: "职级",
  ageMin: "最小年龄",
  ageMax: "最大年龄",
  asOf: "年龄计算日期",
  gender: "性别",
  ethnicity: "民族",
  political: "政治面貌",
  eduMin: "全日制学历",
  elite: "985/211/双一流",
  domain: "熟悉领域",
  pool: "在库",
  status: "状态",
  sort: "排序",
  dir: "排序方向",
  page: "页码",
  size: "每页条数",
  cols: "显示列",
  ids: "所选干部",
};

const ARRAY_KEYS = new Set(["unitType", "rank", "grade", "political", "status", "cols", "ids"]);

type SearchParamsLike = URLSearchParams | Record<string, string | string[] | undefined>;

function entriesOf(params: SearchParamsLike): [string, string][] {
  if (params instanceof URLSearchParams) return [...params.entries()];
  const out: [string, string][] = [];
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined) continue;
    for (const one of Array.isArray(v) ? v : [v]) out.push([k, one]);
  }
  return out;
}

/**
 * Search params → query. Arrays may be repeated (`rank=A&rank=B`) or comma-joined; empty
 * values are ignored. An invalid parameter is dropped rather than failing the page, so an old
 * bookmark still opens (with that filter off), and the result says which were dropped.
 */
export function parseRosterQuery(params: SearchParamsLike): { query: RosterQuery; dropped: string[] } {
  const raw: Record<string, string | string[]> = {};
  for (const [k, v] of entriesOf(params)) {
    if (!v.trim()) continue;
    if (ARRAY_KEYS.has(k)) raw[k] = [...((raw[k] as string[] | undefined) ?? []), ...v.split(",").filter(Boolean)];
    else raw[k] = v;
  }
  const dropped: string[] = [];
  for (;;) {
    const r = rosterQuerySchema.safeParse(raw);
    if (r.success) {
      const q = r.data;
      if (q.ageMin !== undefined && q.ageMax !== undefined && q.ageMin > q.ageMax)
        [q.ageMin, q.ageMax] = [q.ageMax, q.ageMin];
      return { query: q, dropped };
    }
    const keys = new Set(r.error.issues.map((i) => String(i.path[0])));
    for (const k of keys) {
      delete raw[k];
      dropped.push(k);
    }
  }
}

/** Query → search params, leaving out defaults so URLs stay short and stable. */
export function rosterSearchParams(q: Partial<RosterQuery>): URLSearchParams {
  const p = new URLSearchParams();
  const set = (k: string, v: string | number | undefined) => {
    if (v !== undefined && v !== "") p.set(k, String(v));
  };
  set("q", q.q);
  set("unitId", q.unitId);
  for (const k of ["unitType", "rank", "grade", "political", "status", "cols", "ids"] as const) {
    const v = q[k];
    if (v && v.length) p.set(k, v.join(","));
  }
  set("ageMin", q.ageMin);
  set("ageMax", q.ageMax);
  set("asOf", q.asOf);
  set("gender", q.gender);
  set("ethnicity", q.ethnicity);
  set("eduMin", q.eduMin);
  set("elite", q.elite);
  set("domain", q.domain);
  set("pool", q.pool);
  if (q.sort && q.sort !== "unit") set("sort", q.sort);
  if (q.dir && q.dir !== "asc") set("dir", q.dir);
  if (q.page && q.page !== 1) set("page", q.page);
  if (q.size && q.size !== DEFAULT_PAGE_SIZE) set("size", q.size);
  return p;
}

/** The filter bar's unit search (a province's units are too many for a drop-down). */
export const unitSearchSchema = z.object({ q: z.string().trim().max(40, "检索词不超过40个字") });
