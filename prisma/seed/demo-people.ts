import type { Region } from "@/lib/generated/prisma/enums";
import { DEMO_SIGN_INS } from "./demo-users";
import { FIRST_NAMES, LAST_NAMES, type Random } from "./random";

// The demo organisation's shape: a VPE, three directors, ten managers with a team each, about
// 45 engineers in two regions, and one team that joined through an acquisition.

export type DemoPerson = {
  key: string;
  name: string;
  email: string;
  title: string;
  managerKey: string | null;
  teamKey: string | null;
  levelCode: string;
  region: Region;
  location: string;
  originCompany: string | null;
  /** Days before today the person started. */
  tenureDays: number;
  /** A login for this person, with these roles. */
  roles?: Array<"VPE" | "DIRECTOR" | "MANAGER" | "HR_PARTNER">;
  /** A fixed sign-in address for the accounts the README lists. */
  signInEmail?: string;
};

export type DemoTeam = { key: string; name: string; managerKey: string; originCompany: string | null };

export const ACQUIRED_COMPANY = "Quanta Analytics";

type ManagerSpec = { key: string; name: string; team: string; director: string; level: "M1" | "M2"; nearshore?: boolean; acquired?: boolean };

const DIRECTORS = [
  { key: "dir-platform", name: "Tomás Herrera", title: "Director of Engineering, Platform", level: "M3", signInEmail: DEMO_SIGN_INS.DIRECTOR },
  { key: "dir-product", name: "Ada Okonkwo", title: "Senior Director of Engineering, Product", level: "M4" },
  { key: "dir-data", name: "Jun Park", title: "Director of Engineering, Data", level: "M3", nearshore: true },
] as const;

const MANAGERS: ManagerSpec[] = [
  { key: "m-infra", name: "Lucía Fernández", team: "Infrastructure", director: "dir-platform", level: "M2" },
  { key: "m-devex", name: "Owen Clarke", team: "Developer Experience", director: "dir-platform", level: "M1" },
  { key: "m-reliability", name: "Sara Lindgren", team: "Reliability", director: "dir-platform", level: "M1" },
  { key: "m-checkout", name: "Daniel Mensah", team: "Checkout", director: "dir-product", level: "M2" },
  { key: "m-search", name: "Mei Tanaka", team: "Search", director: "dir-product", level: "M1" },
  { key: "m-mobile", name: "Rafael Souza", team: "Mobile", director: "dir-product", level: "M1", nearshore: true },
  { key: "m-growth", name: "Hannah Becker", team: "Growth", director: "dir-product", level: "M1" },
  { key: "m-dataplatform", name: "Arjun Mehta", team: "Data Platform", director: "dir-data", level: "M2", nearshore: true },
  { key: "m-ml", name: "Chloé Martin", team: "ML Engineering", director: "dir-data", level: "M1", nearshore: true },
  { key: "m-insights", name: "Piotr Nowak", team: "Insights", director: "dir-data", level: "M1", nearshore: true, acquired: true },
];

const IC_LEVELS = ["E1", "E2", "E2", "E3", "E3", "E3", "E4", "E5"] as const;

function emailFor(name: string): string {
  const ascii = name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  return `${ascii.replace(/[^a-z ]/g, "").trim().replace(/ +/g, ".")}@pillars.demo`;
}

export function buildDemoPeople(random: Random): { people: DemoPerson[]; teams: DemoTeam[] } {
  const people: DemoPerson[] = [
    { key: "vpe", name: "Priya Raman", email: emailFor("Priya Raman"), title: "VP of Engineering", managerKey: null, teamKey: null,
      levelCode: "M5", region: "ONSHORE", location: "London", originCompany: null, tenureDays: 1460, roles: ["VPE"], signInEmail: DEMO_SIGN_INS.VPE },
    { key: "hr", name: "Sofia Lindqvist", email: emailFor("Sofia Lindqvist"), title: "HR Business Partner, Engineering", managerKey: null, teamKey: null,
      levelCode: "", region: "ONSHORE", location: "London", originCompany: null, tenureDays: 900, roles: ["HR_PARTNER"], signInEmail: DEMO_SIGN_INS.HR_PARTNER },
  ];
  for (const director of DIRECTORS) {
    const nearshore = "nearshore" in director && director.nearshore;
    people.push({
      key: director.key, name: director.name, email: emailFor(director.name), title: director.title, managerKey: "vpe", teamKey: null,
      levelCode: director.level, region: nearshore ? "NEARSHORE" : "ONSHORE", location: nearshore ? "Lisbon" : "London",
      originCompany: null, tenureDays: random.int(700, 1400), roles: ["DIRECTOR"],
      signInEmail: "signInEmail" in director ? director.signInEmail : undefined,
    });
  }
  const teams: DemoTeam[] = [];
  const usedNames = new Set(people.map((person) => person.name).concat(MANAGERS.map((manager) => manager.name)));
  for (const [index, manager] of MANAGERS.entries()) {
    const teamKey = `team-${manager.key.slice(2)}`;
    const origin = manager.acquired ? ACQUIRED_COMPANY : null;
    const region: Region = manager.nearshore ? "NEARSHORE" : "ONSHORE";
    const location = manager.nearshore ? "Lisbon" : "London";
    teams.push({ key: teamKey, name: manager.team, managerKey: manager.key, originCompany: origin });
    people.push({
      key: manager.key, name: manager.name, email: emailFor(manager.name), title: `Engineering Manager, ${manager.team}`,
      managerKey: manager.director, teamKey, levelCode: manager.level, region, location, originCompany: origin,
      tenureDays: manager.acquired ? 420 : random.int(400, 1300), roles: ["MANAGER"],
      signInEmail: index === 0 ? DEMO_SIGN_INS.MANAGER : undefined,
    });
    const size = random.int(4, 5);
    for (let n = 0; n < size; n++) {
      let name: string;
      do name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
      while (usedNames.has(name));
      usedNames.add(name);
      const levelCode = random.pick(IC_LEVELS);
      people.push({
        key: `${manager.key}-e${n}`, name, email: emailFor(name),
        title: { E1: "Software Engineer", E2: "Software Engineer II", E3: "Senior Software Engineer", E4: "Staff Engineer", E5: "Principal Engineer" }[levelCode],
        managerKey: manager.key, teamKey, levelCode, region, location: random.chance(0.2) ? "Remote" : location, originCompany: origin,
        tenureDays: manager.acquired ? 420 : random.int(120, 1800),
      });
    }
  }
  return { people, teams };
}
