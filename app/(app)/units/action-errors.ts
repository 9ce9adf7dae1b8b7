import "server-only";
import { returnValidationErrors } from "next-safe-action";
import type { z } from "zod";
import { StaleVersionError } from "@/lib/server/concurrency";
import { UserFacingError } from "@/lib/server/errors";
import { UnitFieldError } from "@/lib/server/units/write-support";

export const CONFLICT_MESSAGE = "该记录已被他人修改。请刷新页面核对最新内容后再保存；您填写的内容仍保留在表单中。";

/**
 * Runs a write and turns its expected failures into what the form shows: a field problem
 * beside the field, a stale version as a conflict message (the form keeps what was typed).
 */
export async function withFormErrors<T>(schema: z.ZodType, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof UnitFieldError) {
      // The field names come from the same schema the action parsed.
      returnValidationErrors(schema as z.ZodObject, { [e.field]: { _errors: [e.message] } } as never);
    }
    if (e instanceof StaleVersionError) throw new UserFacingError(CONFLICT_MESSAGE);
    throw e;
  }
}
