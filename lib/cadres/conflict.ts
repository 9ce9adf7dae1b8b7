// What a user sees when their save was refused because someone else saved first: who, when,
// and which fields they changed (from → to), while the form keeps what the user typed.
export interface ConflictChange {
  field: string;
  label: string;
  from: string;
  to: string;
}

export interface ConflictInfo {
  message: string;
  by: string | null;
  at: string | null;
  changes: ConflictChange[];
  /** the stored version now: saving again with it overwrites the other change on purpose */
  currentVersion: number;
}

export type SaveResult =
  | { ok: true; id: string; version: number }
  | { ok: false; conflict: ConflictInfo };
