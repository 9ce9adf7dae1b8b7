// The whole parameter set of a policy profile, derived from the per-document declarations.
import { z } from "zod";
import type { ParamMeta, ParamValues } from "./param-kit";
import { buildDefaults, buildMeta, buildSchema } from "./param-kit";
import { D20_PARAMS } from "./params-d20";
import { DP_PARAMS } from "./params-district";
import { CONVENTION_PARAMS, NAT_PARAMS, SS12_PARAMS, SX_PARAMS, WS_PARAMS, ZZ15_PARAMS } from "./params-others";

const SPEC = {
  conventions: CONVENTION_PARAMS,
  nat: NAT_PARAMS,
  d20: D20_PARAMS,
  ws: WS_PARAMS,
  ss12: SS12_PARAMS,
  zz15: ZZ15_PARAMS,
  sx: SX_PARAMS,
  dp: DP_PARAMS,
};

export type PolicyParams = ParamValues<typeof SPEC>;

/** zod schema of a complete parameter set (strict: an unknown key is an error). */
export const POLICY_PARAMS_SCHEMA = buildSchema(SPEC) as z.ZodType<PolicyParams>;

/** Each document's own numbers; presets start from these. */
export function defaultParams(): PolicyParams {
  return buildDefaults(SPEC);
}

/** "d20.ages.divisionDeputyMax" → label, rule ids, unit: for the settings form. */
export const PARAM_META: Readonly<Record<string, ParamMeta>> = Object.freeze(buildMeta(SPEC));

/** Chinese names of the parameter groups, for the settings form and error messages. */
export const PARAM_GROUP_LABELS: Readonly<Record<keyof PolicyParams, string>> = {
  conventions: "阅读约定",
  nat: "《党政领导干部选拔任用工作条例》",
  d20: "区委优选优培优用实施意见（2020）",
  ws: "年轻干部工作总结与计划",
  ss12: "蜀山区科级后备干部实施意见（2012）",
  zz15: "株洲市经信委干部队伍建设意见（2015）",
  sx: "山西选拔乡镇书记及“墩苗”",
  dp: "本区工作规则（班子分析、后备人选）",
};
