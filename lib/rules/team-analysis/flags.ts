// The flags of one team, each with the rule that raises it: no cadre of about 40
// (D20-ST-STREET-40 for a street, D20-ST-UNIT-40 for a 区直单位), ≥ 1/3 of members leaving within
// the horizon (DP-TEAM-TURNOVER), a member due for rotation (ZZ15-ROT-*), a sanction in effect
// (ZZ15-EXCL), a vacancy or staffing over 职数 (DP-TEAM-POSTS).
import { unitTypeLabel } from "../labels";
import { ruleOn, severityOf } from "../profiles/active";
import type { ResolvedProfile } from "../profiles/types";
import { formatDateLong } from "../util/dates";
import { ratioTargetCount } from "../util/tolerance";
import type { TeamFacts, TeamFlag, TeamStructureFigures } from "./types";

function about40Flag(team: TeamFacts, s: TeamStructureFigures, profile: ResolvedProfile): TeamFlag | null {
  if (s.about40 > 0) return null;
  const st = profile.params.d20.staffing;
  const base = { kind: "NO_ABOUT_40" as const, cadreIds: [] };
  const ceiling = `${st.street40About}岁左右（不超过${s.about40Ceiling}岁）`;
  if (team.unit.type === "STREET" && ruleOn(profile, "D20-ST-STREET-40")) {
    const message = `街道党政领导班子应至少配备1名${ceiling}的干部，该班子${s.members}名成员中没有`;
    return { ...base, ruleId: "D20-ST-STREET-40", severity: severityOf(profile, "D20-ST-STREET-40"), message };
  }
  if (st.districtUnitTypes.includes(team.unit.type) && ruleOn(profile, "D20-ST-UNIT-40")) {
    // a ratio target across 区直单位: one team without counts against it, it does not fail it alone
    const message = `区直单位班子配备${ceiling}干部的比例有目标要求，该${unitTypeLabel[team.unit.type]}班子${s.members}名成员中没有`;
    return { ...base, ruleId: "D20-ST-UNIT-40", severity: "soft", message };
  }
  return null;
}

function turnoverFlag(s: TeamStructureFigures, profile: ResolvedProfile): TeamFlag | null {
  if (!ruleOn(profile, "DP-TEAM-TURNOVER") || s.members === 0 || s.leaving === 0) return null;
  const t = profile.params.dp.team;
  const need = ratioTargetCount(t.turnoverRatio, s.members);
  if (s.leaving < need) return null;
  const leaving = s.memberRows.filter((r) => r.leavesOn != null);
  const who = leaving
    .map(
      (r) =>
        `${r.name}（${r.age}岁，${formatDateLong(r.leavesOn!)}${r.leavingReason === "RETIREMENT" ? "达到退休年龄" : "达到任职年龄上限"}）`,
    )
    .join("、");
  return {
    kind: "TURNOVER",
    ruleId: "DP-TEAM-TURNOVER",
    severity: severityOf(profile, "DP-TEAM-TURNOVER"),
    message: `班子${s.members}名成员中${s.leaving}名将在${t.turnoverYears}年内离任，达到预警比例（${need}名及以上）：${who}`,
    cadreIds: leaving.map((r) => r.cadreId),
  };
}

function postFlags(team: TeamFacts, s: TeamStructureFigures, profile: ResolvedProfile): TeamFlag[] {
  if (!ruleOn(profile, "DP-TEAM-POSTS")) return [];
  const severity = severityOf(profile, "DP-TEAM-POSTS");
  const out: TeamFlag[] = [];
  if (s.vacancies > 0) {
    const filled = new Set(team.seats.map((x) => x.postId));
    const empty = team.posts.filter((p) => !filled.has(p.id)).map((p) => p.title);
    const against = team.establishment == null ? `设置职位${s.posts}个` : `核定职数${s.establishment}名`;
    const message = `班子${against}，空缺${s.vacancies}个${empty.length ? `（${empty.join("、")}）` : ""}`;
    out.push({ kind: "VACANCY", ruleId: "DP-TEAM-POSTS", severity, message, cadreIds: [] });
  }
  if (s.overEstablishment > 0) {
    const message = `核定职数${s.establishment}名，已任职${s.establishment + s.overEstablishment}个职位，超职数配备${s.overEstablishment}名`;
    out.push({ kind: "OVER_ESTABLISHMENT", ruleId: "DP-TEAM-POSTS", severity, message, cadreIds: [] });
  }
  return out;
}

export function teamFlags(team: TeamFacts, s: TeamStructureFigures, profile: ResolvedProfile): TeamFlag[] {
  const flags: TeamFlag[] = [];
  const a40 = about40Flag(team, s, profile);
  if (a40) flags.push(a40);
  const turnover = turnoverFlag(s, profile);
  if (turnover) flags.push(turnover);
  const names = new Map(s.memberRows.map((r) => [r.cadreId, r.name]));
  for (const r of s.rotationItems) {
    const who = r.cadreIds.map((id) => names.get(id) ?? "").join("、");
    flags.push({
      kind: "ROTATION_DUE",
      ruleId: r.ruleId,
      severity: r.severity,
      message: `${who}：${r.message}`,
      cadreIds: r.cadreIds,
    });
  }
  if (ruleOn(profile, "ZZ15-EXCL")) {
    for (const r of s.memberRows.filter((x) => x.sanctionInEffect)) {
      flags.push({
        kind: "SANCTION",
        ruleId: "ZZ15-EXCL",
        severity: severityOf(profile, "ZZ15-EXCL"),
        message: `${r.name}受到的处分或组织处理仍在影响期内，影响使用`,
        cadreIds: [r.cadreId],
      });
    }
  }
  flags.push(...postFlags(team, s, profile));
  return flags;
}
