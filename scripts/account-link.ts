// npm run account:link -- <e-mailadres> [--naam "Naam"] [--platformbeheerder]
//
// Prints a one-time link to set a password. On a fresh installation this is
// how the first platform administrator gets in; later it helps someone who
// is locked out when no beheerder is around. Runs against DATABASE_URL, or
// the embedded PostgreSQL (also while `npm start` runs).
import { db } from "@/lib/db";
import { linkValidity } from "@/lib/accounts/mutations";
import { passwordLinkPath } from "@/lib/accounts/token";
import { normalizeEmail } from "@/lib/auth/login-policy";
import { emailField } from "@/lib/users/schema";
import { linkFromCommandLine } from "@/lib/users/mutations";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const email = emailField.safeParse(args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--naam"));
  if (!email.success) {
    console.error('Gebruik: npm run account:link -- <e-mailadres> [--naam "Naam"] [--platformbeheerder]');
    return 2;
  }
  const result = await linkFromCommandLine({
    email: normalizeEmail(email.data),
    name: option("--naam")?.trim() || undefined,
    platformAdmin: args.includes("--platformbeheerder"),
  });
  if (!result.ok) {
    console.error(result.message);
    return 1;
  }
  const origin = process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL).origin : `http://localhost:${process.env.PORT ?? 3000}`;
  console.log(`${result.created ? "Account aangemaakt. " : ""}${linkValidity(result.link)}`);
  console.log(`${origin}${passwordLinkPath(result.link.secret)}`);
  return 0;
}

main()
  .then((code) => (process.exitCode = code))
  .finally(() => db().$disconnect());
