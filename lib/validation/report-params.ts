// The query strings of the 统计报表 pages and their Excel downloads: /reports/<key>?asOf=&unitType=.
import { z } from "zod";
import { REPORT_KEYS } from "@/lib/reports/model";
import { UNIT_TYPES } from "@/lib/rules";
import { dayParam, enumParam } from "./search-params";

export const reportParams = z.object({ asOf: dayParam(), unitType: enumParam(UNIT_TYPES) });

export const reportKeyParam = enumParam(REPORT_KEYS);
