import { hashPassword } from "@/lib/auth/password";
import { DEFAULT_TEMPLATE } from "@/lib/check-ins/default-template";
import { createPublishedTemplate } from "@/lib/check-ins/load-template";
import { addDays } from "@/lib/dates";
import { DEFAULT_FRAMEWORK } from "@/lib/frameworks/default-framework";
import { createPublishedFramework } from "@/lib/frameworks/load";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { rebuildClosure } from "@/lib/org/closure";
import { seedDemoActivity } from "./demo-activity";
import { buildDemoPeople } from "./demo-people";
import { seedDemoSignals } from "./demo-signals";
import { DEMO_PASSWORD, DEMO_SIGN_INS } from "./demo-users";
import { seededRandom } from "./random";

export type DemoContext = {
  today: Date;
  personIds: Map<string, number>;
  userIds: Map<string, number>;
  teamIds: Map<string, number>;
};

/** Loads the demo organisation into an empty database, in one transaction. */
export async function seedDemoOrg(prisma: PrismaClient, today: Date): Promise<void> {
  const random = seededRandom(20261121);
  const { people, teams } = buildDemoPeople(random);
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await prisma.$transaction(
    async (tx) => {
      const framework = await createPublishedFramework(tx, DEFAULT_FRAMEWORK);
      const template = await createPublishedTemplate(tx, DEFAULT_TEMPLATE, true);

      const personIds = new Map<string, number>();
      for (const person of people) {
        const created = await tx.person.create({
          data: {
            name: person.name,
            email: person.email,
            employeeId: `D${String(personIds.size + 1).padStart(4, "0")}`,
            title: person.title,
            region: person.region,
            location: person.location,
            originCompany: person.originCompany,
            startDate: addDays(today, -person.tenureDays),
            checkInAnchor: addDays(today, -182 + random.int(0, 13)),
          },
        });
        personIds.set(person.key, created.id);
      }
      const teamIds = new Map<string, number>();
      for (const team of teams) {
        const created = await tx.team.create({
          data: { name: team.name, ownerId: personIds.get(team.managerKey), originCompany: team.originCompany },
        });
        teamIds.set(team.key, created.id);
      }
      for (const person of people) {
        const id = personIds.get(person.key) as number;
        const managerId = person.managerKey ? personIds.get(person.managerKey) : null;
        const teamId = person.teamKey ? teamIds.get(person.teamKey) : null;
        await tx.person.update({ where: { id }, data: { managerId, teamId } });
        await tx.reportingLine.create({
          data: { personId: id, managerId, teamId, effectiveFrom: addDays(today, -person.tenureDays) },
        });
      }
      await rebuildClosure(tx);

      const userIds = new Map<string, number>();
      const admin = await tx.user.create({
        data: { email: DEMO_SIGN_INS.ADMIN, name: "Alex Admin", roles: ["ADMIN"], passwordHash },
      });
      userIds.set("admin", admin.id);
      for (const person of people.filter((p) => p.roles)) {
        const user = await tx.user.create({
          data: {
            email: person.signInEmail ?? person.email,
            name: person.name,
            roles: person.roles,
            passwordHash,
            personId: personIds.get(person.key),
          },
        });
        userIds.set(person.key, user.id);
      }

      await tx.levelAssignment.createMany({
        data: people
          .filter((person) => person.levelCode)
          .flatMap((person): Prisma.LevelAssignmentCreateManyInput[] => {
            const personId = personIds.get(person.key) as number;
            const levelId = framework.levelIds.get(person.levelCode) as number;
            const start = addDays(today, -person.tenureDays);
            const promotedDaysAgo = random.int(60, 420);
            const promoted = person.tenureDays > promotedDaysAgo + 180 && random.chance(0.3);
            const previous = framework.levelIds.get(person.levelCode.replace(/\d/, (d) => String(Number(d) - 1)));
            if (!promoted || !previous) return [{ personId, levelId, effectiveFrom: start, reason: "HIRE" }];
            const promotedOn = addDays(today, -promotedDaysAgo);
            return [
              { personId, levelId: previous, effectiveFrom: start, effectiveTo: addDays(promotedOn, -1), reason: "HIRE" },
              { personId, levelId, effectiveFrom: promotedOn, reason: "PROMOTION" },
            ];
          }),
      });

      const context: DemoContext = { today, personIds, userIds, teamIds };
      const departedOn = await seedDemoActivity(tx, context, { people, framework, template, random });
      await seedDemoSignals(tx, context, { teams, departedOn, random });

      await tx.organization.create({
        data: {
          name: "Lumen Labs",
          timeZone: "Europe/London",
          fiscalYearStartMonth: 2,
          defaultCadence: "BIWEEKLY",
          isDemo: true,
        },
      });
      await tx.auditEvent.create({
        data: { action: "seed.demo", entityType: "Organization", after: { people: people.length, teams: teams.length } },
      });
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
}
