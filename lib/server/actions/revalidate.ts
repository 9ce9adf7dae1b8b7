import "server-only";
import { revalidatePath } from "next/cache";
import { contextActor } from "@/lib/server/auth/actor-context";

/**
 * revalidatePath for the pages a write changed. Outside an HTTP request (runAs: command-line
 * jobs, integration tests calling actions directly) there is no page cache to refresh and
 * Next.js has no store to record it in, so nothing is done.
 */
export function revalidatePaths(...paths: string[]): void {
  if (contextActor()) return;
  for (const p of paths) revalidatePath(p);
}
