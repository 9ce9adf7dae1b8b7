// Shapes that travel from the nominations server layer to the browser.
export interface ExplainedCheck {
  ruleId: string;
  severity: "hard" | "soft";
  passed: boolean;
  message: string;
  explanation: { title: string; text: string; source: string; clause: string };
}

export interface NomineeCheck {
  eligible: boolean;
  hardFailures: number;
  warnings: number;
  checks: ExplainedCheck[];
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
