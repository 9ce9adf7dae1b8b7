// A page's query string through zod: every page that reads searchParams declares the schema of
// its parameters with these pieces and parses it with parseSearchParams. A parameter that is
// absent, blank or not what the page expects becomes undefined (or the page's default) rather
// than failing the page — a URL is typed by people and never trusted; a repeated one counts once.
import { z } from "zod";
import { parseIsoDay } from "./dates";

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value, trimmed; undefined when blank. */
function single(v: unknown): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === "string" && s.trim() ? s.trim() : undefined;
}

/** Free text (a search box, a name): cut to `max` characters. */
export function textParam(max: number) {
  return z.preprocess((v) => single(v)?.slice(0, max), z.string().optional());
}

/** An id of a record (cuid or the seed's ids). */
export function idParam() {
  return z
    .preprocess(
      single,
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,64}$/)
        .optional(),
    )
    .catch(undefined);
}

/** One of the allowed values (an enum's values, a fixed list). */
export function enumParam<T extends string>(values: readonly T[]) {
  const allowed: readonly string[] = values;
  return z
    .preprocess(single, z.custom<T>((v) => typeof v === "string" && allowed.includes(v)).optional())
    .catch(undefined);
}

/** A whole number in [min, max]. */
export function intParam(min: number, max: number) {
  return z.preprocess(single, z.coerce.number().int().min(min).max(max).optional()).catch(undefined);
}

/** A calendar day, "YYYY-MM-DD", as a UTC-midnight Date; not a real day → undefined. */
export function dayParam() {
  return z.preprocess((v) => {
    const s = single(v);
    return s ? (parseIsoDay(s) ?? undefined) : undefined;
  }, z.date().optional());
}

/** A flag that is set by being present with any value (?saved=1). */
export function flagParam() {
  return z.preprocess((v) => single(v) !== undefined, z.boolean());
}

/** The page's parameters; never throws (every piece falls back to undefined). */
export function parseSearchParams<S extends z.ZodType>(schema: S, sp: SearchParams | URLSearchParams): z.output<S> {
  return schema.parse(sp instanceof URLSearchParams ? Object.fromEntries(sp) : sp);
}

/** ?asOf= of the pages with a reference date (today when absent or not a real day). */
export const asOfParams = z.object({ asOf: dayParam() });
