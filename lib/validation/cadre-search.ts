// The query string of the 任免审批表 print page (?ids=a,b,c&asOf=); the roster's own is
// roster-query.ts.
import { z } from "zod";
import { dayParam, textParam } from "./search-params";

const ID = /^[A-Za-z0-9_-]{1,40}$/;

export const printFormsParams = z.object({
  ids: textParam(20_000).transform((s) => (s ?? "").split(",").filter((id) => ID.test(id))),
  asOf: dayParam(),
});
