// What a production start needs, as a pure function of the environment, so the server (via
// instrumentation.ts), `npm run serve` and tests share one definition.
//
// "Production" means NODE_ENV=production serving a configured database: the embedded demo
// database of `npm start` (MIAOPU_EMBEDDED_DATABASE=1, set by lib/cli/start.ts) is exempt.
// There the app holds real personnel data, so it must not run with a key nobody backed up,
// a guessable session secret, or session cookies that travel over plain HTTP.
import { EncryptionKeyError, readMasterKey } from "../crypto/encryption-key";

type Env = Record<string, string | undefined>;

export interface ConfigProblem {
  variable: "MIAOPU_ENCRYPTION_KEY" | "NEXTAUTH_SECRET" | "NEXTAUTH_URL";
  message: string;
}

/** Minimum length of NEXTAUTH_SECRET (`openssl rand -base64 32` gives 44 characters). */
export const MIN_SESSION_SECRET_LENGTH = 32;

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

export function isProductionDeployment(env: Env = process.env): boolean {
  return env.NODE_ENV === "production" && !!env.DATABASE_URL?.trim() && env.MIAOPU_EMBEDDED_DATABASE !== "1";
}

function encryptionKeyProblem(env: Env): ConfigProblem | null {
  try {
    readMasterKey(env);
    return null;
  } catch (e) {
    const message = e instanceof EncryptionKeyError ? e.message : String(e);
    return {
      variable: "MIAOPU_ENCRYPTION_KEY",
      message: env.MIAOPU_ENCRYPTION_KEY?.trim()
        ? message
        : "MIAOPU_ENCRYPTION_KEY 未设置（身份证号加密密钥）/ is not set: 设置为 openssl rand -base64 32 的输出，并在数据库主机以外另行备份。",
    };
  }
}

function sessionSecretProblem(env: Env): ConfigProblem | null {
  const secret = env.NEXTAUTH_SECRET?.trim() ?? "";
  if (!secret) {
    return {
      variable: "NEXTAUTH_SECRET",
      message: "NEXTAUTH_SECRET 未设置（会话签名密钥）/ is not set: 设置为 openssl rand -base64 32 的输出。",
    };
  }
  if (secret.length < MIN_SESSION_SECRET_LENGTH) {
    return {
      variable: "NEXTAUTH_SECRET",
      message: `NEXTAUTH_SECRET 过短（${secret.length} 个字符，至少 ${MIN_SESSION_SECRET_LENGTH} 个）/ is too short: 使用 openssl rand -base64 32 生成。`,
    };
  }
  return null;
}

function publicUrlProblem(env: Env): ConfigProblem | null {
  const raw = env.NEXTAUTH_URL?.trim() ?? "";
  if (!raw) {
    return {
      variable: "NEXTAUTH_URL",
      message: "NEXTAUTH_URL 未设置 / is not set: 设置为用户访问的 HTTPS 地址，如 https://miaopu.example.gov.cn",
    };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { variable: "NEXTAUTH_URL", message: `NEXTAUTH_URL 不是有效地址 / is not a valid URL: ${raw}` };
  }
  if (url.protocol === "https:") return null;
  // Test harnesses (browser, load and fault tests) serve the production build on loopback
  // without TLS; they must say so explicitly, and only a loopback address is accepted.
  if (env.MIAOPU_ALLOW_HTTP_LOOPBACK === "1" && url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname))
    return null;
  return {
    variable: "NEXTAUTH_URL",
    message: `NEXTAUTH_URL 必须是 https:// 地址（会话 Cookie 仅经 HTTPS 发送）/ must be an https:// address so session cookies are Secure; got ${raw}`,
  };
}

/** Every problem with the production configuration; empty when it may start (or is not production). */
export function productionConfigProblems(env: Env = process.env): ConfigProblem[] {
  if (!isProductionDeployment(env)) return [];
  return [encryptionKeyProblem(env), sessionSecretProblem(env), publicUrlProblem(env)].filter(
    (p): p is ConfigProblem => p !== null,
  );
}

export function formatConfigProblems(problems: ConfigProblem[]): string {
  return [
    "苗圃拒绝以生产模式启动：以下配置缺失或不正确 / Miaopu refuses to start in production; fix:",
    ...problems.map((p) => `  - ${p.message}`),
    "详见 docs/deployment.md（环境变量文件 /etc/miaopu/miaopu.env）。",
  ].join("\n");
}
