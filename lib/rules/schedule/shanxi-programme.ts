// The size of the Shanxi programme: ≈200 secretaries selected upward (≈60 provincial, ≈140
// city; SX-UP-SIZE) and ≈500 young cadres posted down (≈200 secretaries, ≈300 heads or deputy
// secretaries; SX-DOWN-SIZE).
import type { DunmiaoRole } from "../candidate/targets";
import type { TargetRow } from "../model/results";
import { ruleOn } from "../profiles/active";
import type { ResolvedProfile } from "../profiles/types";
import type { RuleId } from "../registry/rule-ids";
import { buildRow } from "../util/rows";

export interface UpSelection {
  id: string;
  level: "PROVINCIAL" | "CITY";
}

export interface DownPosting {
  id: string;
  role: DunmiaoRole;
}

function sizeRow<T extends { id: string }>(
  profile: ResolvedProfile,
  key: string,
  ruleId: RuleId,
  label: string,
  items: T[],
  count: number,
): TargetRow {
  return buildRow<T>({
    key,
    ruleId,
    label,
    profile,
    subject: "CADRE",
    unit: "名",
    items,
    idOf: (x) => x.id,
    counts: () => true,
    goal: { kind: "about", count, tolerance: profile.params.conventions.countTolerance },
  });
}

export function evaluateShanxiProgramme(
  up: readonly UpSelection[],
  down: readonly DownPosting[],
  profile: ResolvedProfile,
): TargetRow[] {
  const sx = profile.params.sx;
  const rows: TargetRow[] = [];
  if (ruleOn(profile, "SX-UP-SIZE")) {
    rows.push(
      sizeRow(
        profile,
        "SX-UP-SIZE:TOTAL",
        "SX-UP-SIZE",
        "选拔乡镇（街道）书记到省市直单位任职",
        [...up],
        sx.upProvincial + sx.upCity,
      ),
      sizeRow(
        profile,
        "SX-UP-SIZE:PROVINCIAL",
        "SX-UP-SIZE",
        "其中省直单位",
        up.filter((x) => x.level === "PROVINCIAL"),
        sx.upProvincial,
      ),
      sizeRow(
        profile,
        "SX-UP-SIZE:CITY",
        "SX-UP-SIZE",
        "其中市直单位",
        up.filter((x) => x.level === "CITY"),
        sx.upCity,
      ),
    );
  }
  if (ruleOn(profile, "SX-DOWN-SIZE")) {
    rows.push(
      sizeRow(
        profile,
        "SX-DOWN-SIZE:TOTAL",
        "SX-DOWN-SIZE",
        "选派年轻干部到乡镇（街道）“墩苗”",
        [...down],
        sx.downSecretaries + sx.downHeadsOrDeputies,
      ),
      sizeRow(
        profile,
        "SX-DOWN-SIZE:SECRETARY",
        "SX-DOWN-SIZE",
        "其中担任党（工）委书记",
        down.filter((x) => x.role === "SECRETARY"),
        sx.downSecretaries,
      ),
      sizeRow(
        profile,
        "SX-DOWN-SIZE:OTHER",
        "SX-DOWN-SIZE",
        "其中担任乡镇长（街办主任）或副书记",
        down.filter((x) => x.role !== "SECRETARY"),
        sx.downHeadsOrDeputies,
      ),
    );
  }
  return rows;
}
