// Loads (or, on the first start, generates) the local secrets and puts them into this
// process's environment, so every child (next, the seed, prisma) inherits them.
import { applySecretsToEnv, ensureLocalSecrets, localSecretsNotice } from "../secrets/local-secrets";

export function loadSecrets(): void {
  const s = ensureLocalSecrets();
  const notice = localSecretsNotice(s);
  if (notice) console.log(notice);
  applySecretsToEnv(s);
}
