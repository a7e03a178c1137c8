import type { Candidate } from "./validate";
import { emptySummary, type ExistingOrg, type ImportSummary, type ManagerRef, type ParsedPerson } from "./types";

// Valid rows → each person as they will be stored. A column the file does not have keeps the
// existing person's value; an empty cell in a column it has clears the value (the HR system
// is the source of truth for what it exports).

function toManagerRef(key: string | null): ManagerRef | null {
  if (key === null) return null;
  return key.startsWith("p:") ? { personId: Number(key.slice(2)) } : { newEmployeeId: key.slice(2) };
}

const sameRef = (a: ManagerRef | null, b: ManagerRef | null) => JSON.stringify(a) === JSON.stringify(b);

export function buildPeople(valid: Candidate[], existing: ExistingOrg, rowCount: number): { people: ParsedPerson[]; summary: ImportSummary } {
  const teamName = new Map(existing.teams.map((team) => [team.id, team.name]));
  const spelling = new Map(existing.teams.map((team) => [team.name.toLowerCase(), team.name]));
  const newTeams: string[] = [];
  const summary = emptySummary(rowCount);

  const people = valid.map((candidate): ParsedPerson => {
    const { cells, existing: before } = candidate;
    const keep = <T>(cell: T | undefined, old: T): T => (cell === undefined ? old : cell);
    let team = before?.teamId ? (teamName.get(before.teamId) ?? null) : null;
    if (cells.team !== undefined) {
      team = cells.team === null ? null : (spelling.get(cells.team.toLowerCase()) ?? cells.team);
      if (team !== null && !spelling.has(team.toLowerCase())) {
        spelling.set(team.toLowerCase(), team);
        newTeams.push(team);
      }
    }
    const beforeManager = before?.managerId ? { personId: before.managerId } : null;
    const person: ParsedPerson = {
      line: candidate.line,
      employeeId: cells.employeeId as string,
      personId: before?.id ?? null,
      email: keep(cells.email, before?.email ?? null),
      name: cells.name as string,
      title: keep(cells.title, before?.title ?? null),
      manager: candidate.managerKey === undefined ? beforeManager : toManagerRef(candidate.managerKey),
      team,
      location: keep(cells.location, before?.location ?? null),
      region: keep(cells.region, before?.region ?? null),
      originCompany: keep(cells.originCompany, before?.originCompany ?? null),
      startDate: cells.startDate as string,
      change: "create",
      managerChanged: false,
      teamChanged: false,
    };
    if (before) {
      person.managerChanged = !sameRef(person.manager, beforeManager);
      person.teamChanged = (person.team ?? "").toLowerCase() !== (before.teamId ? (teamName.get(before.teamId) ?? "") : "").toLowerCase();
      const same =
        before.employeeId === person.employeeId &&
        before.email === person.email &&
        before.name === person.name &&
        before.title === person.title &&
        before.location === person.location &&
        before.region === person.region &&
        before.originCompany === person.originCompany &&
        before.startDate === person.startDate;
      person.change = same && !person.managerChanged && !person.teamChanged ? "unchanged" : "update";
    }
    summary[person.change] += 1;
    if (person.managerChanged) summary.managerChanges += 1;
    if (person.teamChanged) summary.teamChanges += 1;
    return person;
  });
  summary.newTeams = newTeams;
  return { people, summary };
}
