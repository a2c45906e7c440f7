// npm run account:link -- <e-mailadres> [--naam "Naam"] [--platformbeheerder]
//
// Prints a one-time link to set a password. On a fresh installation this is
// how the first platform administrator gets in; later it helps someone who
// is locked out when no beheerder is around. Runs against DATABASE_URL, or
// the embedded PostgreSQL (also while `npm start` runs).
import { db } from "@/lib/db";
import { linkValidity } from "@/lib/accounts/mutations";
import { passwordLinkPath } from "@/lib/accounts/token";
import { parseAccountLinkArgs } from "@/lib/users/command-line";
import { linkFromCommandLine } from "@/lib/users/mutations";

async function main(): Promise<number> {
  const args = parseAccountLinkArgs(process.argv.slice(2));
  if (!args.ok) {
    console.error(args.message);
    return 2;
  }
  const result = await linkFromCommandLine({ email: args.email, name: args.name, platformAdmin: args.platformAdmin });
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
