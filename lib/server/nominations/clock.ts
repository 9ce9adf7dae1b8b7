import "server-only";
import { todayInChina } from "@/lib/format/dates";

/** Tests and jobs pass `today`; requests use today's date in China. */
export interface ClockOptions {
  today?: Date;
}

export function todayOf(opts: ClockOptions = {}): Date {
  return opts.today ?? todayInChina();
}
