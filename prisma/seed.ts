import { rebuildAllDueDates } from "@/lib/check-ins/due-rollup";
import { db } from "@/lib/db";
import { businessDate } from "@/lib/dates";
import { seedDemoOrg } from "./seed/demo-org";

// `npm run db:seed` (and the first embedded start): loads the demo organisation into an empty
// database. A database that already has an organisation is left untouched.

async function main(): Promise<void> {
  const prisma = db();
  try {
    if ((await prisma.organization.count()) > 0) {
      console.log("This database already has an organisation; the demo was not loaded.");
      return;
    }
    const started = Date.now();
    await seedDemoOrg(prisma, businessDate(new Date(), "Europe/London"));
    await rebuildAllDueDates();
    const people = await prisma.person.count();
    const checkIns = await prisma.checkIn.count();
    console.log(`Demo organisation loaded: ${people} people, ${checkIns} check-ins (${((Date.now() - started) / 1000).toFixed(1)} s).`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
