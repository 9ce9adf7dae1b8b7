// Password rules (等保 2.0 level 3 identity authentication): length ≥ 12, at least three of
// the four character classes, not the username, not a word anyone would guess for this system,
// not a well-known password. Pure: the change-password form shows the same messages as the
// server; the server adds what needs the database (the last 5 passwords, change-password.ts).

export const MIN_PASSWORD_LENGTH = 12;
export const DEFAULT_PASSWORD_MAX_AGE_DAYS = 90;

// A small list of passwords and patterns that appear at the top of every leaked-password list,
// plus local favourites; compared case-insensitively.
const COMMON = new Set([
  "password1234",
  "password@123",
  "passw0rd1234",
  "qwerty123456",
  "qwertyuiop12",
  "123456789012",
  "1234567890ab",
  "abc123456789",
  "admin1234567",
  "admin@123456",
  "p@ssw0rd1234",
  "iloveyou1234",
  "welcome12345",
  "changeme1234",
  "letmein12345",
  "woaini123456",
  "zhongguo1234",
  "aa1234567890",
  "1qaz2wsx3edc",
  "1qaz@wsx3edc",
  "qazwsxedc123",
  "zaq12wsxcde3",
  "abcd1234abcd",
  "p@ssword1234",
]);

/**
 * Words a guesser tries first against this system: its name, the district's (the demo
 * district 青禾区 of prisma/seed; a deployment for another district adds its own here) and the
 * department's, in characters and pinyin. Compared case-insensitively as substrings.
 */
export const GUESSABLE_WORDS: readonly string[] = ["苗圃", "miaopu", "青禾", "qinghe", "组织部", "zuzhibu"];

function classesUsed(pw: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(pw)).length;
}

/** Returns the Chinese reasons the password is refused; empty when it is acceptable. */
export function passwordProblems(password: string, username: string): string[] {
  const problems: string[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) problems.push(`密码长度至少 ${MIN_PASSWORD_LENGTH} 位`);
  if (classesUsed(password) < 3) problems.push("密码须包含大写字母、小写字母、数字、符号中的至少三类");
  const lower = password.toLowerCase();
  const user = username.trim().toLowerCase();
  if (user && lower.includes(user)) problems.push("密码不能包含用户名");
  const word = GUESSABLE_WORDS.find((w) => lower.includes(w));
  if (word) problems.push(`密码不能包含系统名称、地区名称或单位名称（“${word}”）`);
  if (COMMON.has(lower)) problems.push("该密码过于常见，请更换");
  return problems;
}

export function passwordExpired(changedAt: Date, now: Date, maxAgeDays = DEFAULT_PASSWORD_MAX_AGE_DAYS): boolean {
  return now.getTime() - changedAt.getTime() > maxAgeDays * 86_400_000;
}
