import "server-only";

/** Thrown when a write carries a version older than the stored row (optimistic concurrency). */
export class StaleVersionError extends Error {
  constructor(
    readonly objectType: string,
    readonly objectId: string,
    readonly expectedVersion: number,
  ) {
    super(`该记录已被他人修改（${objectType} ${objectId}，您编辑的是第 ${expectedVersion} 版），请刷新后核对再保存。`);
    this.name = "StaleVersionError";
  }
}

interface VersionedDelegate<Data> {
  updateMany(args: { where: { id: string; version: number }; data: Data }): Promise<{ count: number }>;
}

/**
 * Updates one row only if its version is still `expectedVersion`, and bumps the version in
 * the same statement, so two concurrent saves cannot both succeed. Never silently overwrites.
 */
export async function updateVersioned<Data extends object>(
  delegate: VersionedDelegate<Data & { version: { increment: number } }>,
  objectType: string,
  id: string,
  expectedVersion: number,
  data: Data,
): Promise<void> {
  const r = await delegate.updateMany({
    where: { id, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
  });
  if (r.count !== 1) throw new StaleVersionError(objectType, id, expectedVersion);
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
