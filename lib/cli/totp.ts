// `npm run totp -- orgadmin`: prints the current TOTP code of a demo account (DEMO ONLY).
import { TOTP, Secret } from "otpauth";
import { DEMO_ACCOUNTS } from "../../tests/factories/demo-accounts";

const name = process.argv[2];
const account = DEMO_ACCOUNTS.find((a) => a.username === name && a.totpSecret);
if (!account?.totpSecret) {
  console.error(
    `usage: npm run totp -- <${DEMO_ACCOUNTS.filter((a) => a.totpSecret)
      .map((a) => a.username)
      .join("|")}>`,
  );
  process.exit(1);
}
const code = new TOTP({ secret: Secret.fromBase32(account.totpSecret), digits: 6, period: 30 }).generate();
console.log(code);
