// Free-text cadre fields (熟悉专业有何专长, 专业技术职务) in the style of a 任免审批表.
import type { Rng } from "../../tests/factories/random";
import type { UnitMeta } from "./model";

const STRENGTHS: Record<string, readonly string[]> = {
  党务: ["熟悉党建和组织工作", "熟悉干部人事工作", "文字综合能力较强"],
  财政金融: ["熟悉财政预算管理", "熟悉金融和国资工作", "熟悉财务审计"],
  经济招商: ["熟悉招商引资和项目服务", "熟悉产业发展政策", "熟悉经济运行分析"],
  城市建设管理: ["熟悉城市规划建设", "熟悉征迁安置和城市更新", "熟悉工程项目管理"],
  社会管理: ["熟悉基层治理和社区工作", "善于做群众工作", "熟悉民生保障工作"],
  法律: ["熟悉法律事务", "熟悉行政执法和法治建设", "熟悉信访和矛盾调处"],
};

export function expertiseFor(rng: Rng, domains: string[]): string | null {
  if (rng.chance(0.15)) return null;
  const parts = domains.map((d) => rng.pick(STRENGTHS[d] ?? STRENGTHS["社会管理"]));
  return [...new Set(parts)].join("，");
}

export function professionalTitleFor(rng: Rng, unit: UnitMeta, age: number): string | null {
  const senior = age >= 42 && rng.chance(0.5);
  if (unit.spec.type === "SCHOOL") {
    const school = unit.spec.shortName.includes("小学") ? "小学" : "中学";
    return age < 28 ? `${school}二级教师` : senior ? `${school}高级教师` : `${school}一级教师`;
  }
  if (unit.spec.shortName.includes("医院") || unit.spec.shortName.includes("疾病")) {
    return rng.chance(0.6) ? (senior ? "副主任医师" : "主治医师") : null;
  }
  if (/城投|住房|自然资源|水务|交通/.test(unit.spec.shortName) && rng.chance(0.3))
    return senior ? "高级工程师" : "工程师";
  if (/财政|审计|产投/.test(unit.spec.shortName) && rng.chance(0.25)) return senior ? "高级会计师" : "会计师";
  return null;
}
