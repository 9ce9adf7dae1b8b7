// The query strings of the 干部库 pages: the overview (?asOf=&row=&lacking=&band=&find=), the
// printed roster and its export (?tier=&asOf=), and the entry page (?cadreId=&tier=&enteredOn=).
import { z } from "zod";
import { PoolTier } from "@/lib/domain/enums";
import { dayParam, enumParam, flagParam, idParam, intParam, textParam } from "./search-params";

export const poolPageParams = z.object({
  asOf: dayParam(),
  /** a structure-report row's key, and whether to show the entries it does not count */
  row: textParam(100),
  lacking: flagParam(),
  /** an age band's index */
  band: intParam(0, 99),
  /** the 入库 finder's name, full pinyin or initials */
  find: textParam(40),
});

export const poolRosterParams = z.object({ tier: enumParam(Object.values(PoolTier)), asOf: dayParam() });

export const poolEnterParams = z.object({
  cadreId: idParam(),
  /** none: the page takes the active profile's most junior tier */
  tier: enumParam(Object.values(PoolTier)),
  enteredOn: dayParam(),
});
