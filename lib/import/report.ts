// What a dry run shows the user (and the browser receives): rows to create, rows to update
// with a field-by-field diff, unchanged rows and rows with errors. Never a full 身份证号. The
// digest names the exact plan: confirming sends it back, and the server writes only if the
// plan it recomputes from the same file is still the same. Shared by the server and the UI.

export interface FieldChange {
  /** Chinese field name */
  label: string;
  from: string;
  to: string;
}

/** Where a planned record comes from: a spreadsheet row, or a file (LRMX import). */
export interface SourceRef {
  row?: number;
  file?: string;
}

export interface PlannedCreate extends SourceRef {
  name: string;
  idMasked: string;
  unitName: string;
  warnings?: string[];
  /**
   * Cadres with the same name and birth month (and not two different 身份证号): the confirm
   * needs a choice for this row — a new person, or one of these (then it updates that cadre).
   */
  possibleDuplicates?: PossibleDuplicate[];
}

export interface PossibleDuplicate {
  cadreId: string;
  /** the cadre's version when the dry run read it */
  version: number;
  name: string;
  unitName: string;
  /** 出生年月 `1988.05` */
  birth: string;
  idMasked: string;
  /** what choosing "same person" would change on that cadre */
  changes: FieldChange[];
}

/** The user's answer for a row with possible duplicates: a new person, or that cadre's id. */
export type DuplicateChoice = "new" | string;

/** The key of a planned create in the choices sent with the confirm. */
export function sourceKey(s: SourceRef): string {
  return s.file !== undefined ? `file:${s.file}` : `row:${s.row}`;
}

export interface PlannedUpdate extends PlannedCreate {
  cadreId: string;
  changes: FieldChange[];
}

export interface PlannedUnchanged extends SourceRef {
  name: string;
  /** values in the file that could not be read (left out), as for creates and updates */
  warnings?: string[];
}

export interface ImportIssue extends SourceRef {
  /** the column (spreadsheet) or field (file) */
  column: string;
  value: string;
  message: string;
}

export interface ImportReport {
  kind: "roster" | "lrmx";
  fileName: string;
  /** rows (or files) read */
  total: number;
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  unchanged: PlannedUnchanged[];
  errors: ImportIssue[];
  /** file-level notes: ignored columns, skipped entries */
  notices: string[];
  digest: string;
}

export interface ImportResult {
  created: number;
  updated: number;
  /** of the updates: rows confirmed as the same person as an existing cadre */
  merged?: number;
  unchanged: number;
  /** 任免审批表 files left out because of errors (a spreadsheet with errors is never written) */
  skipped?: number;
}

/** One line of the streamed NDJSON answer of an import request. */
export type ImportEvent =
  | { type: "progress"; phase: string; done: number; total: number }
  | { type: "report"; report: ImportReport }
  | { type: "done"; result: ImportResult }
  | { type: "error"; message: string };
