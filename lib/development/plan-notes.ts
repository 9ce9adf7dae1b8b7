// DevelopmentPlan.progressNotes, a JSON list appended to one note at a time, read defensively
// (seeded and older rows included). The goals are rows of their own (plan-goals.ts).
import { z } from "zod";
import { storedNoteSchema, type StoredNote } from "@/lib/validation/development/plan";

function parseList<T>(json: unknown, schema: z.ZodType<T>): T[] {
  const list = z.array(z.unknown()).safeParse(json);
  if (!list.success) return [];
  return list.data.flatMap((x) => {
    const r = schema.safeParse(x);
    return r.success ? [r.data] : [];
  });
}

export const planNotes = (json: unknown): StoredNote[] =>
  parseList(json, storedNoteSchema).sort((a, b) => a.date.localeCompare(b.date));
