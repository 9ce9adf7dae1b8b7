// zod schemas of the roster's batch actions (issue 24 item 4). The selection travels as the
// roster's own search params (its filters, and `ids=` for ticked rows) plus `all` for "every cadre
// that matches the filter"; the server parses them with the roster's parser and runs the roster's
// statement again under the actor's scope (lib/server/cadres/roster-selection.ts).
import { z } from "zod";
import { enterPoolSchema } from "./pool";
import { parseRosterQuery, ROSTER_PARAM_LABELS, type RosterQuery } from "./roster-query";

const rosterQueryText = z
  .string()
  .max(30_000, "所选范围过大，请分批办理")
  .transform((s, ctx): RosterQuery => {
    const { query, dropped } = parseRosterQuery(new URLSearchParams(s));
    if (dropped.length)
      ctx.addIssue({
        code: "custom",
        message: `筛选条件无效：${dropped.map((k) => ROSTER_PARAM_LABELS[k as keyof RosterQuery] ?? k).join("、")}`,
      });
    return query;
  });

export const rosterSelectionSchema = z.object({
  query: rosterQueryText,
  /** every cadre matching the filters (the ticked ids are ignored) */
  all: z.boolean().default(false),
});

export const rosterBatchPoolSchema = enterPoolSchema.omit({ cadreId: true }).extend(rosterSelectionSchema.shape);
export type RosterBatchPoolInput = z.output<typeof rosterBatchPoolSchema>;

export const rosterBatchTrainingSchema = rosterSelectionSchema.extend({
  trainingId: z.string({ error: "请选择培训" }).trim().min(1, "请选择培训").max(64, "请选择培训"),
});
export type RosterBatchTrainingInput = z.output<typeof rosterBatchTrainingSchema>;
