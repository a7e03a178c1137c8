import { db } from "@/lib/db";

/** Teams for pickers: names only, which everyone who may edit people may see. */
export async function teamOptions() {
  return db().team.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** Every team with its owner and current headcount (team names are directory information). */
export async function listTeams() {
  const teams = await db().team.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true, name: true, version: true, originCompany: true,
      owner: { select: { id: true, name: true, email: true, employeeId: true } },
      _count: { select: { members: { where: { endDate: null } } } },
    },
  });
  return teams.map(({ _count, ...team }) => ({ ...team, headcount: _count.members }));
}
export type TeamListItem = Awaited<ReturnType<typeof listTeams>>[number];
