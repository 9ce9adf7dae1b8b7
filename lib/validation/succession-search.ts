// The query string of the 继任 (succession by key post) pages: ?asOf=&kind=&type=&page=.
import { z } from "zod";
import { KeyPostKind, UnitType } from "@/lib/domain/enums";
import { dayParam, enumParam, intParam } from "./search-params";

export const successionParams = z.object({
  asOf: dayParam(),
  kind: enumParam(Object.values(KeyPostKind)),
  type: enumParam(Object.values(UnitType)),
  page: intParam(1, 1_000_000).transform((p) => p ?? 1),
});
