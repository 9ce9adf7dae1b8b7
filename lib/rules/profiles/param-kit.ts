// Each profile parameter is declared once, with its zod schema, its default (taken from the
// source document), a Chinese label and the rule ids it feeds. The schema, the defaults and
// the param → rule map (for the settings form) are all derived from that one declaration.
import { z } from "zod";
import type { RuleId } from "../registry/rule-ids";
import { EDUCATION_LEVELS } from "../model/enums";

export interface ParamMeta {
  label: string;
  ruleIds: RuleId[];
  unit?: string;
}

export interface Param<T> extends ParamMeta {
  kind: "param";
  schema: z.ZodType<T>;
  default: T;
}

export interface ParamSpec {
  [key: string]: Param<unknown> | ParamSpec;
}

export type ParamValues<S> = {
  [K in keyof S]: S[K] extends Param<infer T> ? T : ParamValues<S[K]>;
};

function param<T>(schema: z.ZodType<T>, def: T, meta: ParamMeta): Param<T> {
  const described = schema.meta({ title: meta.label, ruleIds: meta.ruleIds, unit: meta.unit });
  return { kind: "param", schema: described, default: def, ...meta };
}

const isParam = (v: Param<unknown> | ParamSpec): v is Param<unknown> => (v as Param<unknown>).kind === "param";

export function age(def: number, label: string, ...ruleIds: RuleId[]): Param<number> {
  const s = z.number("应为数字").int("年龄应为整数").min(0, "年龄不能为负数").max(80, "年龄不应超过80岁");
  return param(s, def, { label, ruleIds, unit: "岁" });
}

/** An age limit a profile may leave unset (null: no such limit). */
export function ageOrNull(label: string, ...ruleIds: RuleId[]): Param<number | null> {
  const s = z.number("应为数字").int("年龄应为整数").min(0, "年龄不能为负数").max(80, "年龄不应超过80岁").nullable();
  return param(s, null, { label, ruleIds, unit: "岁" });
}

export function ratio(def: number, label: string, ...ruleIds: RuleId[]): Param<number> {
  const s = z.number("应为数字").min(0, "比例不能小于0").max(1, "比例不能大于1");
  return param(s, def, { label, ruleIds, unit: "比例" });
}

export function count(def: number, label: string, ...ruleIds: RuleId[]): Param<number> {
  const s = z.number("应为数字").int("人数/个数应为整数").min(0, "人数/个数不能为负数");
  return param(s, def, { label, ruleIds, unit: "个" });
}

export function pinnedCount(label: string, ...ruleIds: RuleId[]): Param<number | null> {
  const s = z.number("应为数字").int("应为整数").min(0, "不能为负数").nullable();
  return param(s, null, { label, ruleIds, unit: "个" });
}

export function years(def: number, label: string, ...ruleIds: RuleId[]): Param<number> {
  const s = z.number("应为数字").int("年数应为整数").min(0, "年数不能为负数").max(50, "年数不应超过50");
  return param(s, def, { label, ruleIds, unit: "年" });
}

export function months(def: number, label: string, ...ruleIds: RuleId[]): Param<number> {
  const s = z.number("应为数字").int("月数应为整数").min(0, "月数不能为负数").max(600, "月数过大");
  return param(s, def, { label, ruleIds, unit: "月" });
}

export function days(def: number, label: string, ...ruleIds: RuleId[]): Param<number> {
  const s = z.number("应为数字").int("天数应为整数").min(0, "天数不能为负数").max(3650, "天数过大");
  return param(s, def, { label, ruleIds, unit: "天" });
}

export function amount(def: number, label: string, ...ruleIds: RuleId[]): Param<number> {
  const s = z.number("应为数字").min(0, "金额不能为负数");
  return param(s, def, { label, ruleIds, unit: "元" });
}

export function yearOrNull(label: string, ...ruleIds: RuleId[]): Param<number | null> {
  const s = z.number("应为数字").int("年份应为整数").min(1949, "年份不早于1949").max(2200, "年份过大").nullable();
  return param(s, null, { label, ruleIds, unit: "年份" });
}

export function isoDate(def: string, label: string, ...ruleIds: RuleId[]): Param<string> {
  const s = z.string("应为日期").regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD");
  return param(s, def, { label, ruleIds, unit: "日期" });
}

export function educationLevel(
  def: (typeof EDUCATION_LEVELS)[number],
  label: string,
  ...ruleIds: RuleId[]
): Param<(typeof EDUCATION_LEVELS)[number]> {
  return param(z.enum(EDUCATION_LEVELS, "学历层次无效"), def, { label, ruleIds });
}

export function flag(def: boolean, label: string, ...ruleIds: RuleId[]): Param<boolean> {
  return param(z.boolean("应为是/否"), def, { label, ruleIds });
}

export function list<T extends string>(item: z.ZodType<T>, def: T[], label: string, ...ruleIds: RuleId[]): Param<T[]> {
  return param(z.array(item), def, { label, ruleIds });
}

export function enumList<const T extends readonly [string, ...string[]]>(
  values: T,
  def: T[number][],
  label: string,
  ...ruleIds: RuleId[]
): Param<T[number][]> {
  return param(z.array(z.enum(values, "取值无效")), def, { label, ruleIds });
}

export function textList(def: string[], label: string, ...ruleIds: RuleId[]): Param<string[]> {
  return list(z.string("应为文字").min(1, "不能为空"), def, label, ...ruleIds);
}

// ─── derivations ───

export function buildSchema(spec: ParamSpec): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const [k, v] of Object.entries(spec)) shape[k] = isParam(v) ? v.schema : buildSchema(v);
  return z.strictObject(shape);
}

export function buildDefaults<S extends ParamSpec>(spec: S): ParamValues<S> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(spec)) {
    out[k] = isParam(v) ? structuredClone(v.default) : buildDefaults(v);
  }
  return out as ParamValues<S>;
}

export function buildMeta(spec: ParamSpec, prefix = ""): Record<string, ParamMeta> {
  const out: Record<string, ParamMeta> = {};
  for (const [k, v] of Object.entries(spec)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (isParam(v)) out[path] = { label: v.label, ruleIds: v.ruleIds, unit: v.unit };
    else Object.assign(out, buildMeta(v, path));
  }
  return out;
}
