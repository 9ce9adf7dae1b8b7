// Secrets for the embedded (single-machine) setup. A production deployment sets
// MIAOPU_ENCRYPTION_KEY and NEXTAUTH_SECRET in the environment; without them, the first start
// generates random ones into .data/secrets.json (owner-only) so the app works out of the box
// and says so. Not server-only: the CLI (`npm start`, `npm run db:seed`) calls this before the
// server exists.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const SECRETS_FILE = "secrets.json";

/** process.env, or a plain object in tests. */
type Env = Record<string, string | undefined>;

export interface LocalSecrets {
  MIAOPU_ENCRYPTION_KEY: string;
  NEXTAUTH_SECRET: string;
}

export interface EnsuredSecrets extends LocalSecrets {
  /** True when this call generated the file (the CLI prints a notice). */
  created: boolean;
  /** Path of the secrets file, whether or not it was used. */
  file: string;
  /** Which values came from the environment rather than the file. */
  fromEnv: { MIAOPU_ENCRYPTION_KEY: boolean; NEXTAUTH_SECRET: boolean };
}

const KEY_BYTES = 32;

function newSecrets(): LocalSecrets {
  return {
    MIAOPU_ENCRYPTION_KEY: randomBytes(KEY_BYTES).toString("base64"),
    NEXTAUTH_SECRET: randomBytes(48).toString("base64url"),
  };
}

function isKey(value: unknown): value is string {
  return (
    typeof value === "string" &&
    /^[A-Za-z0-9+/]+={0,2}$/.test(value) &&
    Buffer.from(value, "base64").length === KEY_BYTES
  );
}

function readFile(file: string): LocalSecrets {
  let parsed: Partial<LocalSecrets>;
  try {
    parsed = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<LocalSecrets>;
  } catch (e) {
    throw new Error(`无法读取本地密钥文件 / cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  // Never regenerate a damaged key silently: every 身份证号 already stored would become
  // unreadable. The operator must restore the file from backup or decide otherwise.
  if (!isKey(parsed.MIAOPU_ENCRYPTION_KEY) || typeof parsed.NEXTAUTH_SECRET !== "string" || !parsed.NEXTAUTH_SECRET) {
    throw new Error(
      `本地密钥文件已损坏 / ${file} is malformed: 请从备份恢复该文件（其中的加密密钥一旦丢失，已加密的身份证号将无法解密）。`,
    );
  }
  // Tighten permissions if someone copied the file around with a looser mode.
  if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
  return { MIAOPU_ENCRYPTION_KEY: parsed.MIAOPU_ENCRYPTION_KEY, NEXTAUTH_SECRET: parsed.NEXTAUTH_SECRET };
}

function createFile(file: string): LocalSecrets | null {
  const secrets = newSecrets();
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    // "wx": fail if another process created it first, so two starts never write two keys.
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600, flag: "wx" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return null;
    throw e;
  }
  return secrets;
}

/**
 * Returns the secrets to use: environment variables when set, otherwise the ones in
 * `<dir>/secrets.json`, creating that file (mode 0600) on first use. When both variables are
 * set, the file is neither read nor created.
 */
export function ensureLocalSecrets(dir = ".data", env: Env = process.env): EnsuredSecrets {
  const file = path.resolve(dir, SECRETS_FILE);
  const envKey = env.MIAOPU_ENCRYPTION_KEY?.trim() || undefined;
  const envAuth = env.NEXTAUTH_SECRET?.trim() || undefined;
  const fromEnv = { MIAOPU_ENCRYPTION_KEY: !!envKey, NEXTAUTH_SECRET: !!envAuth };
  if (envKey && envAuth) {
    return { MIAOPU_ENCRYPTION_KEY: envKey, NEXTAUTH_SECRET: envAuth, created: false, file, fromEnv };
  }
  let created = false;
  let stored: LocalSecrets | null = null;
  if (!fs.existsSync(file)) {
    stored = createFile(file);
    created = stored !== null;
  }
  stored ??= readFile(file);
  return {
    MIAOPU_ENCRYPTION_KEY: envKey ?? stored.MIAOPU_ENCRYPTION_KEY,
    NEXTAUTH_SECRET: envAuth ?? stored.NEXTAUTH_SECRET,
    created,
    file,
    fromEnv,
  };
}

/** The notice the CLI prints when the file was just generated (Chinese, then English). */
export function localSecretsNotice(s: EnsuredSecrets): string | null {
  if (!s.created) return null;
  const rel = path.relative(process.cwd(), s.file) || s.file;
  return (
    `已在 ${rel} 生成本地密钥（身份证号加密密钥与会话密钥）。请备份该文件：丢失后已加密的身份证号无法恢复；` +
    `正式部署请改用环境变量 MIAOPU_ENCRYPTION_KEY 与 NEXTAUTH_SECRET。\n` +
    `Generated local secrets in ${rel}. Back it up: without it, encrypted ID numbers cannot be decrypted. ` +
    `Production deployments set MIAOPU_ENCRYPTION_KEY and NEXTAUTH_SECRET in the environment instead.`
  );
}

/** Fills unset process.env entries from `s`, so child processes (next start, seed) inherit them. */
export function applySecretsToEnv(s: LocalSecrets, env: Env = process.env): void {
  env.MIAOPU_ENCRYPTION_KEY ||= s.MIAOPU_ENCRYPTION_KEY;
  env.NEXTAUTH_SECRET ||= s.NEXTAUTH_SECRET;
}
