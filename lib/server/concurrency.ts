import "server-only";
import { UserFacingError } from "@/lib/errors/user-facing";

/** What a user is told when someone else saved the record first. */
export const STALE_VERSION_MESSAGE = "该记录已被他人修改，请刷新页面核对后再操作";

/**
 * Thrown when a write carries a version older than the stored row (optimistic concurrency):
 * the one conflict of the app. Its message is shown as is; a caller that knows more (the
 * nomination's new stage, the imported cadre's name) says so in its own message.
 */
export class StaleVersionError extends UserFacingError {
  constructor(
    readonly objectType: string,
    readonly objectId: string,
    readonly expectedVersion: number,
    message: string = STALE_VERSION_MESSAGE,
  ) {
    super(message);
    this.name = "StaleVersionError";
  }
}

interface VersionedDelegate<Data, Id> {
  updateMany(args: { where: { id: Id; version: number }; data: Data }): Promise<{ count: number }>;
}

/**
 * Updates one row only if its version is still `expectedVersion`, and bumps the version in
 * the same statement, so two concurrent saves cannot both succeed. Never silently overwrites.
 * `id` is a number for the one-row settings tables (id 1).
 */
export async function updateVersioned<Data extends object, Id extends string | number = string>(
  delegate: VersionedDelegate<Data & { version: { increment: number } }, NoInfer<Id>>,
  objectType: string,
  id: Id,
  expectedVersion: number,
  data: Data,
): Promise<void> {
  const r = await delegate.updateMany({
    where: { id, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
  });
  if (r.count !== 1) throw new StaleVersionError(objectType, String(id), expectedVersion);
}

interface RawExecutor {
  $executeRaw(query: TemplateStringsArray, ...values: unknown[]): Promise<number>;
}

/**
 * Locks one cadre's row until the transaction ends, so "is there already an open …?" checks for
 * that cadre (pool entry, nomination, plan, mentors) and the insert that follows cannot
 * interleave with another request doing the same.
 */
export async function lockCadre(tx: RawExecutor, cadreId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "Cadre" WHERE id = ${cadreId} FOR UPDATE`;
}
