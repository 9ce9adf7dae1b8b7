// The sidecar manifest written next to every backup (`<file>.json`): what the dump holds and
// how to check it — SHA-256 of the dump file, the schema migrations applied, each table's row
// count and checksum, and the head of the audit hash chain at the moment of the snapshot.
import { createHash } from "node:crypto";
import fs from "node:fs";
import { z } from "zod";

export const MANIFEST_FORMAT = "miaopu-backup/1";

const fingerprint = z.object({ rows: z.number().int().nonnegative(), checksum: z.string().regex(/^\d+$|^-?\d+$/) });

export const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  file: z.string().min(1),
  createdAt: z.string().datetime(),
  database: z.string(),
  server: z.object({ version: z.string(), major: z.number().int() }),
  pgDump: z.object({ version: z.string(), major: z.number().int() }),
  sizeBytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  migrations: z.array(z.string()),
  tables: z.record(z.string(), fingerprint),
  auditHead: z.object({ id: z.string().regex(/^\d+$/), hash: z.string().regex(/^[0-9a-f]{64}$/) }).nullable(),
});

export type BackupManifest = z.infer<typeof manifestSchema>;

export const manifestPath = (dumpFile: string) => `${dumpFile}.json`;

export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export function writeManifest(dumpFile: string, manifest: BackupManifest): void {
  const target = manifestPath(dumpFile);
  const tmp = `${target}.partial`;
  fs.writeFileSync(tmp, JSON.stringify(manifestSchema.parse(manifest), null, 2) + "\n", { mode: 0o600 });
  fs.renameSync(tmp, target);
}

export function readManifest(dumpFile: string): BackupManifest {
  const file = manifestPath(dumpFile);
  if (!fs.existsSync(file)) {
    throw new Error(
      `找不到备份清单 ${file}（其中有校验和与迁移状态），拒绝恢复 / manifest ${file} not found; refusing to restore an unverifiable file.`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(
      `备份清单 ${file} 不是有效的 JSON / is not valid JSON: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => i.path.join(".") || "(root)").join(", ");
    throw new Error(`备份清单 ${file} 格式不正确（${where}）/ manifest is malformed at: ${where}`);
  }
  return parsed.data;
}
