// The audit key for the command-line tools, found the way the app finds it: MIAOPU_ENCRYPTION_KEY
// from the environment, else the development fallback .data/secrets.json. Unlike `npm start`,
// it never creates that file: a freshly generated key would only make every keyed row fail.
import fs from "node:fs";
import path from "node:path";
import { ENCRYPTION_KEY_ENV, EncryptionKeyError, subkey } from "../crypto/encryption-key";
import { SECRETS_FILE, applySecretsToEnv, ensureLocalSecrets } from "../secrets/local-secrets";

export function loadAuditKey(env: Record<string, string | undefined> = process.env, dir = ".data"): Buffer {
  if (!env[ENCRYPTION_KEY_ENV]?.trim()) {
    if (!fs.existsSync(path.resolve(dir, SECRETS_FILE))) {
      throw new EncryptionKeyError(
        `未找到审计密钥：请设置 ${ENCRYPTION_KEY_ENV}（与应用相同），或在应用目录（含 ${dir}/${SECRETS_FILE}）运行 / ` +
          `no audit key: set ${ENCRYPTION_KEY_ENV} as the app has it, or run where ${dir}/${SECRETS_FILE} is.`,
      );
    }
    applySecretsToEnv(ensureLocalSecrets(dir, env), env);
  }
  return subkey("auditChain", env);
}
