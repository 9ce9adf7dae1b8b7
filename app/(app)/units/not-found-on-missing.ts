import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/server/errors";

/** A record outside the actor's scope (or absent) renders the not-found page. */
export async function notFoundOnMissing<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}
