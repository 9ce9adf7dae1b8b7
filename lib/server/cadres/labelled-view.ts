import "server-only";
// A cadre's file as one reader may receive it (security labels, GB/T 22239 L3 强制访问控制):
// every labelled set above the reader's clearance is taken out of the object on the server,
// so it never reaches a component, a client payload or a printed page. The full 身份证号's
// ciphertext never leaves either: the view carries the masked number only.
// Pure (no database): the profile page, the editor and the 任免审批表 print/PDF call it alike.
import { withheldSets, type InfoSet } from "@/lib/authz/clearance";
import type { SecurityLevel } from "@/lib/domain/enums";
import { idNumberText } from "@/lib/server/crypto/id-number";
import type { CadreProfile } from "./profile";

type FamilyMember = CadreProfile["familyMembers"][number];

/** A relative's row; 移居国（境）外 (emigrated, emigratedTo) is present only for a cleared reader. */
export type FamilyMemberView = Omit<FamilyMember, "emigrated" | "emigratedTo"> &
  Partial<Pick<FamilyMember, "emigrated" | "emigratedTo">>;

/**
 * The profile with its labelled parts optional: absent exactly when listed in `withheld`.
 * 奖惩情况 (rewardsAndPunishments, the imported form's text) goes with the sanctions: it names
 * the punishments.
 */
export type CadreView = Omit<
  CadreProfile,
  | "sanctions"
  | "assessments"
  | "personalMattersReports"
  | "familyMembers"
  | "rewardsAndPunishments"
  | "idNumberCipher"
  | "idNumberHash"
> &
  Partial<Pick<CadreProfile, "sanctions" | "assessments" | "personalMattersReports" | "rewardsAndPunishments">> & {
    familyMembers: FamilyMemberView[];
    /** 身份证号 masked (e.g. 110105********0011), "" when none; the full number only by the audited reveal */
    maskedIdNumber: string;
    /** the labelled sets taken out, for the sections to say so */
    withheld: InfoSet[];
  };

/** The sets a record view withholds: the full 身份证号 is never part of a view, so not listed. */
export function viewWithheld(clearance: SecurityLevel): InfoSet[] {
  return withheldSets(clearance).filter((s) => s !== "idNumber");
}

/** A copy of `o` without `keys` (the keys are gone, not set to undefined). */
function without<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Omit<T, K> {
  const out: Partial<T> = { ...o };
  for (const k of keys) delete out[k];
  return out as Omit<T, K>;
}

export function labelCadre(row: CadreProfile, clearance: SecurityLevel): CadreView {
  const withheld = viewWithheld(clearance);
  const rest = without(row, [
    "sanctions",
    "assessments",
    "personalMattersReports",
    "familyMembers",
    "rewardsAndPunishments",
    "idNumberCipher",
    "idNumberHash",
  ]);
  const view: CadreView = {
    ...rest,
    familyMembers: withheld.includes("familyAbroad")
      ? row.familyMembers.map((m) => without(m, ["emigrated", "emigratedTo"]))
      : row.familyMembers,
    maskedIdNumber: idNumberText(row.idNumberCipher),
    withheld,
  };
  if (!withheld.includes("sanctions"))
    Object.assign(view, { sanctions: row.sanctions, rewardsAndPunishments: row.rewardsAndPunishments });
  if (!withheld.includes("assessmentConclusions")) view.assessments = row.assessments;
  if (!withheld.includes("personalMatters")) view.personalMattersReports = row.personalMattersReports;
  return view;
}
