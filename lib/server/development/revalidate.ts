import "server-only";
import { revalidatePath } from "next/cache";
import { contextActor } from "@/lib/server/auth/actor-context";

/**
 * revalidatePath for this area's actions. Outside a Next.js request (jobs and integration
 * tests calling actions through runAs) there is no page cache to refresh, and Next throws an
 * invariant error; only there is that error ignored.
 */
export function revalidate(path: string, type?: "layout" | "page"): void {
  try {
    revalidatePath(path, type);
  } catch (e) {
    if (!contextActor()) throw e;
  }
}
