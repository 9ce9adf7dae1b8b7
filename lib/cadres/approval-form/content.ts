// What the 任免审批表 prints, as text: built by the component from the cadre's labelled view
// and the form's second half (ApprovalForm), laid out by layout.ts. Pure types.

export interface ResumeItem {
  /** 「2001.09—2005.07」, or 「2020.01—」 while open */
  period: string;
  text: string;
  /** the 「（其间：…）」 lines under the entry */
  notes: string[];
}

export interface FamilyItem {
  relation: string;
  name: string;
  age: string;
  politicalStatus: string;
  workplace: string;
}

/** null: the reader's clearance withholds the cell (it prints the refusal instead). */
export interface FormContent {
  name: string;
  /** 姓名 … 熟悉专业有何专长: [label, value] per cell, for the row heights */
  basicCells: { value: string; widthMm: number }[][];
  educationCells: { value: string; widthMm: number }[][];
  currentPost: string;
  proposedPost: string;
  proposedRemoval: string;
  resume: ResumeItem[];
  rewards: string | null;
  assessments: string | null;
  reason: string;
  family: FamilyItem[];
  approvalOpinion: string;
  administrativeOpinion: string;
}
