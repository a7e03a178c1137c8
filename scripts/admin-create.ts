import { parseArgs } from "node:util";
import { recordAudit } from "../lib/audit/record";
import { db } from "../lib/db";
import { env } from "../lib/env";
import { deliverInvitation } from "../lib/users/deliver";
import { ZOrgBasics } from "../lib/setup/schemas";
import { adminExists } from "../lib/setup/token";
import { z } from "zod";

// `npm run admin:create -- --email you@example.com --name "Your Name" [--org "Acme" --time-zone Europe/Berlin --fiscal-start 4]`
// The first administrator from a shell, for installs where nobody can read the server log.
// It prints a one-time link that sets the admin's password. Refuses once an admin exists.

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    org: { type: "string" },
    "time-zone": { type: "string", default: "UTC" },
    "fiscal-start": { type: "string", default: "1" },
  },
});

async function main(): Promise<void> {
  const email = z.string().trim().toLowerCase().pipe(z.email()).safeParse(values.email);
  if (!email.success || !values.name?.trim()) throw new Error('Usage: npm run admin:create -- --email you@example.com --name "Your Name" [--org "Your organisation"]');
  if (await adminExists()) throw new Error("An administrator already exists; invite further admins from the Users screen.");
  const existingOrg = await db().organization.findFirst({ select: { id: true } });
  if (!existingOrg && !values.org) throw new Error('This database has no organisation yet: add --org "Your organisation" (and --time-zone, --fiscal-start).');
  const userId = await db().$transaction(async (tx) => {
    if (!existingOrg) {
      const basics = ZOrgBasics.parse({ orgName: values.org, timeZone: values["time-zone"], fiscalYearStartMonth: values["fiscal-start"] });
      await tx.organization.create({ data: { name: basics.orgName, timeZone: basics.timeZone, fiscalYearStartMonth: basics.fiscalYearStartMonth } });
    }
    const user = await tx.user.create({ data: { email: email.data, name: values.name!.trim(), roles: ["ADMIN"] } });
    await tx.setupToken.deleteMany();
    await recordAudit({ actorId: null, action: "setup.admin_cli", entityType: "User", entityId: user.id, after: { email: user.email, roles: user.roles } }, tx);
    return user.id;
  });
  const { link } = await deliverInvitation({ userId, invitedByName: "the command line" });
  console.log(`Administrator ${email.data} created. Open this link to set the password (it works once, for 7 days):\n  ${link}`);
  if (!env().APP_URL.startsWith("https:")) console.log("(Set APP_URL to the public address if the link above is not it.)");
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db().$disconnect());
