import "server-only";
// Turns the layer's FieldError into next-safe-action validation errors (shown beside the
// field, like zod's), and a stale version into the user-facing conflict message.
import { returnValidationErrors } from "next-safe-action";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { FieldError, FieldErrors } from "@/lib/errors/field-errors";
import { contextActor } from "@/lib/server/auth/actor-context";
import { StaleVersionError } from "@/lib/server/concurrency";
import { UserFacingError } from "@/lib/errors/user-facing";

export { FieldError };

export async function withFieldErrors<S extends z.ZodObject, T>(schema: S, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof FieldErrors) {
      returnValidationErrors(schema, Object.fromEntries(Object.entries(e.fields).map(([f, m]) => [f, { _errors: [m] }])) as never);
    }
    if (e instanceof FieldError) {
      returnValidationErrors(schema, { [e.field]: { _errors: [e.message] } } as never);
    }
    if (e instanceof StaleVersionError) throw new UserFacingError("该记录已被他人修改，请刷新页面核对后再操作");
    throw e;
  }
}

/**
 * revalidatePath for actions. Outside a request (runAs: jobs and integration tests calling
 * actions directly) there is no Next.js cache to invalidate, and Next would throw.
 */
export function revalidate(...paths: string[]): void {
  if (contextActor()) return;
  for (const p of paths) revalidatePath(p);
}
