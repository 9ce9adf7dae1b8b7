// The 简历 and 奖惩情况 of a cadre's 任免审批表, as printed and as exported to LRMX: the lines
// generated from the record (full-time study and appointments, lib/cadres/resume.ts) merged
// with the lines brought in from an imported form (Cadre.resumeLines) — a line with the same
// start and text appears once. One function for the printed form, the LRMX export and the
// import's comparison, so a file exported and imported again changes nothing. Pure.
import { z } from "zod";
import { formatYearMonth } from "@/lib/format/dates";
import type { SanctionKind } from "@/lib/domain/enums";
import { sanctionKindLabel } from "@/lib/labels";
import { mergeResumeLines, type ResumeLine } from "@/lib/lrmx/resume";
import { buildResume, type ResumeAppointment, type ResumeEducation } from "./resume";

const YM = /^\d{4}-\d{2}$/;
export const resumeLinesSchema = z
  .array(
    z.object({
      start: z.string().regex(YM),
      end: z.string().regex(YM).nullable(),
      text: z.string().max(500),
      notes: z.array(z.string().max(500)).max(20).default([]),
    }),
  )
  .max(200);

/** Cadre.resumeLines as stored; anything malformed reads as no lines rather than breaking a page. */
export function storedResumeLines(json: unknown): ResumeLine[] {
  const r = resumeLinesSchema.safeParse(json);
  return r.success ? r.data : [];
}

const dashed = (dotted: string) => dotted.replace(".", "-");

/** Lines generated from education and appointments, in the LRMX line shape. */
export function generatedResumeLines(
  education: readonly ResumeEducation[],
  appointments: readonly ResumeAppointment[],
): ResumeLine[] {
  return buildResume(education, appointments).map((l) => ({
    start: dashed(l.from),
    end: l.to ? dashed(l.to) : null,
    text: l.text,
    notes: [],
  }));
}

export function formResumeLines(
  imported: unknown,
  education: readonly ResumeEducation[],
  appointments: readonly ResumeAppointment[],
): ResumeLine[] {
  return mergeResumeLines(storedResumeLines(imported), generatedResumeLines(education, appointments));
}

/**
 * Imported lines worth keeping: those the record does not generate already. Used both for
 * what an import stores and for comparing with what is stored.
 */
export function withoutGenerated(lines: readonly ResumeLine[], generated: readonly ResumeLine[]): ResumeLine[] {
  const keys = new Set(generated.map((l) => `${l.start}|${l.text}`));
  return lines.filter((l) => !keys.has(`${l.start}|${l.text}`));
}

export interface FormSanction {
  kind: SanctionKind;
  decidedOn: Date;
  authority: string | null;
  tolerated: boolean;
  revokedAt: Date | null;
}

/** The sanctions sentence of 奖惩情况 (revoked ones left out). */
export function sanctionsText(sanctions: readonly FormSanction[]): string {
  return sanctions
    .filter((s) => !s.revokedAt)
    .map(
      (s) =>
        `${formatYearMonth(s.decidedOn)}受到${sanctionKindLabel[s.kind]}${s.authority ? `（${s.authority}）` : ""}${s.tolerated ? "（容错免责）" : ""}`,
    )
    .join("；");
}

/** 奖惩情况: the imported rewards text, then the sanctions; 无 when both are empty. */
export function rewardsAndPunishmentsText(rewards: string | null, sanctions: readonly FormSanction[]): string {
  return [rewards?.trim(), sanctionsText(sanctions)].filter(Boolean).join("；") || "无";
}

/** The inverse for an import: the rewards part of a form's 奖惩情况, given the stored sanctions. */
export function rewardsFromFormText(text: string | null, sanctions: readonly FormSanction[]): string | null {
  let t = (text ?? "").trim();
  const generated = sanctionsText(sanctions);
  if (generated && t.endsWith(generated)) t = t.slice(0, t.length - generated.length).replace(/[；;，,\s]+$/, "");
  return t && t !== "无" ? t : null;
}
