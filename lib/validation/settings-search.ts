// The query strings of the settings pages: the working-day calendar (?year=&start=) and the
// policy profiles (the list's notices, the editor's source, the viewer's row or preset).
import { z } from "zod";
import { flagParam, idParam, intParam, textParam } from "./search-params";

/** `start` stays as typed: the publicity calculator says when it is not a date. */
export const calendarParams = z.object({ year: intParam(1900, 2200), start: textParam(20) });

/** The notices after a save (?saved=key&version=n) or an activation (?activated=1). */
export const policyListParams = z.object({
  saved: textParam(64),
  version: intParam(1, 1_000_000),
  activated: flagParam(),
});

/** Edit the latest version of `key`, start from the stored row `from`, or a new profile extending a preset. */
export const policyEditParams = z.object({ key: textParam(64), from: idParam(), extends: textParam(64) });

export const policyViewParams = z.object({ row: idParam(), preset: textParam(64) });
