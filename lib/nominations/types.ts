// Shapes that travel from the nominations server layer to the browser.
import type { Check, Explanation } from "@/lib/rules";
/** The checks shown before a unit submits and before 考察, with the source text of each rule. */
export interface NomineeCheck {
  eligible: boolean;
  hardFailures: number;
  warnings: number;
  checks: Check[];
  /** explain() of every rule id cited, for the rule-id popovers */
  explanations: Record<string, Explanation>;
  profileKey: string;
  profileName: string;
  asOf: string;
}

/** One of the unit's cadres in the nomination form's search. */
export interface NomineeOption {
  id: string;
  name: string;
  gender: "MALE" | "FEMALE";
  /** 出生年月, e.g. 1988.05 */
  birth: string;
  postTitle: string | null;
  draft: boolean;
}
