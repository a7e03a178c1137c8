import type { Region } from "@/lib/generated/prisma/enums";
import { FIRST_NAMES, LAST_NAMES, type Random } from "../random";

// The shape of a generated large organisation: a VPE, directors, senior managers (managers of
// managers), line managers with a team each (about one person in ten manages), engineers.
// Ids are assigned here, 1…n, so the bulk insert can set managers in the same statement.

export type GeneratedPerson = {
  id: number;
  name: string;
  title: string;
  managerId: number | null;
  teamId: number | null;
  levelCode: string;
  region: Region;
  originCompany: string | null;
  /** Days before today the person started. */
  tenureDays: number;
  /** Days before today the person left, if they did. */
  leftDaysAgo: number | null;
  kind: "VPE" | "DIRECTOR" | "SENIOR_MANAGER" | "MANAGER" | "ENGINEER";
};

export type GeneratedTeam = { id: number; name: string; ownerId: number; originCompany: string | null };

const REGIONS: Region[] = ["ONSHORE", "ONSHORE", "NEARSHORE", "OFFSHORE"];
const ACQUISITIONS = ["Quanta Analytics", "Brightline Mobile"];
const IC_LEVELS = ["E1", "E2", "E2", "E3", "E3", "E3", "E4", "E5"];

export function generateOrgShape(peopleCount: number, windowDays: number, random: Random) {
  if (peopleCount < 20) throw new RangeError("--people must be at least 20");
  const people: GeneratedPerson[] = [];
  const teams: GeneratedTeam[] = [];
  const usedNames = new Set<string>();
  const name = () => {
    for (;;) {
      const candidate = `${random.pick(FIRST_NAMES)} ${String.fromCharCode(65 + random.int(0, 25))}. ${random.pick(LAST_NAMES)}`;
      if (!usedNames.has(candidate)) {
        usedNames.add(candidate);
        return candidate;
      }
    }
  };
  const add = (person: Omit<GeneratedPerson, "id" | "name" | "leftDaysAgo"> & { leftDaysAgo?: number | null }) => {
    const created = { id: people.length + 1, name: name(), leftDaysAgo: null, ...person };
    people.push(created);
    return created;
  };

  const managerCount = Math.max(3, Math.round(peopleCount / 10));
  const directorCount = Math.max(2, Math.round(peopleCount / 600));
  const seniorCount = Math.max(1, Math.round(managerCount / 8));
  const lineCount = managerCount - directorCount - seniorCount - 1;

  const vpe = add({ kind: "VPE", title: "VP of Engineering", managerId: null, teamId: null, levelCode: "M5", region: "ONSHORE", originCompany: null, tenureDays: 2400 });
  const directors = Array.from({ length: directorCount }, (_, i) =>
    add({ kind: "DIRECTOR", title: "Director of Engineering", managerId: vpe.id, teamId: null, levelCode: i % 3 === 0 ? "M4" : "M3",
      region: REGIONS[i % REGIONS.length] as Region, originCompany: null, tenureDays: random.int(900, 2400) }));
  const seniors = Array.from({ length: seniorCount }, (_, i) => {
    const director = directors[i % directors.length] as GeneratedPerson;
    return add({ kind: "SENIOR_MANAGER", title: "Senior Engineering Manager", managerId: director.id, teamId: null, levelCode: "M2",
      region: director.region, originCompany: null, tenureDays: random.int(600, 2200) });
  });
  const lineManagers = Array.from({ length: lineCount }, (_, i) => {
    const senior = seniors[i % seniors.length] as GeneratedPerson;
    const acquired = i % 25 === 7 ? (ACQUISITIONS[i % ACQUISITIONS.length] as string) : null;
    const manager = add({ kind: "MANAGER", title: "Engineering Manager", managerId: senior.id, teamId: null, levelCode: random.chance(0.3) ? "M2" : "M1",
      region: senior.region, originCompany: acquired, tenureDays: acquired ? random.int(200, 700) : random.int(200, 2000) });
    const team = { id: teams.length + 1, name: `Team ${teams.length + 1}`, ownerId: manager.id, originCompany: acquired };
    teams.push(team);
    manager.teamId = team.id;
    return manager;
  });
  for (let i = 0; people.length < peopleCount; i++) {
    const manager = lineManagers[i % lineManagers.length] as GeneratedPerson;
    // Most engineers were there for the whole window (it holds their full check-in history);
    // one in twenty joined during it, and about 6 % left during it.
    const tenureDays = random.chance(0.95) ? random.int(windowDays + 30, windowDays + 2000) : random.int(30, windowDays);
    const leftDaysAgo = random.chance(0.06) ? random.int(1, Math.min(windowDays, tenureDays - 1)) : null;
    add({ kind: "ENGINEER", title: "Software Engineer", managerId: manager.id, teamId: manager.teamId, levelCode: random.pick(IC_LEVELS),
      region: manager.region, originCompany: manager.originCompany, tenureDays, leftDaysAgo });
  }
  return { people, teams };
}
