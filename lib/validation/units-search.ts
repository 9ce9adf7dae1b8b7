// The query strings of the units pages: the list (?type=&q=&page=) and the appointment page's
// cadre search (?q=&cadreId=).
import { z } from "zod";
import { UnitType } from "@/lib/domain/enums";
import { enumParam, idParam, intParam, textParam } from "./search-params";

export const unitListParams = z.object({
  type: enumParam(Object.values(UnitType)),
  q: textParam(40),
  page: intParam(1, 1_000_000).transform((p) => p ?? 1),
});

export const appointParams = z.object({ q: textParam(20), cadreId: idParam() });
