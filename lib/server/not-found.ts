import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors/user-facing";

/** For pages: a record outside the actor's reach (NotFoundError) becomes the 404 page. */
export async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}
