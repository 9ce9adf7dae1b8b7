import "server-only";
import { revalidatePath } from "next/cache";
import { contextActor } from "@/lib/server/auth/actor-context";

/**
 * revalidatePath for the pages a write changed; `revalidateLayout` for a whole section (every
 * page below the path). Outside an HTTP request (runAs: command-line jobs, integration tests
 * calling actions directly) there is no page cache to refresh and Next.js has no store to
 * record it in, so nothing is done.
 */
export function revalidate(...paths: string[]): void {
  if (contextActor()) return;
  for (const p of paths) revalidatePath(p);
}

export function revalidateLayout(path: string): void {
  if (contextActor()) return;
  revalidatePath(path, "layout");
}
