import "server-only";
import { revalidatePath } from "next/cache";
import { contextActor } from "@/lib/server/auth/actor-context";

/**
 * revalidatePath for the pages a write changed. Outside an HTTP request (a job or a test
 * acting through runAs) there is no page cache to refresh, and Next.js would throw.
 */
export function revalidatePaths(...paths: string[]): void {
  if (contextActor()) return;
  for (const p of paths) revalidatePath(p);
}
