import type { CompetencyDefinition, TrackDefinition } from "@/lib/frameworks/definition";

// Adding and removing levels and competencies of a draft track. New cells start empty, so the
// draft's validation points at every expectation still to be written before it can be saved.

/** The next level code after the last one: "M5" → "M6"; codes without a number get "-2", "-3"… */
export function nextLevelCode(track: TrackDefinition): string {
  const taken = new Set(track.levels.map((level) => level.code));
  const last = track.levels.at(-1)?.code ?? "L0";
  const match = /^(.*?)(\d+)$/.exec(last);
  for (let n = match ? Number(match[2]) + 1 : 2; ; n++) {
    const code = match ? `${match[1]}${n}` : `${last}-${n}`;
    if (!taken.has(code)) return code;
  }
}

export function addLevel(track: TrackDefinition): TrackDefinition {
  const code = nextLevelCode(track);
  return {
    ...track,
    levels: [...track.levels, { code, name: "New level", summary: "" }],
    competencies: track.competencies.map((c) => ({ ...c, expectations: { ...c.expectations, [code]: "" } })),
  };
}

/** Removes the top level and its expectations (levels stay contiguous from the first). */
export function removeTopLevel(track: TrackDefinition): TrackDefinition {
  const top = track.levels.at(-1);
  if (!top || track.levels.length === 1) return track;
  return {
    ...track,
    levels: track.levels.slice(0, -1),
    competencies: track.competencies.map((c) => ({ ...c, expectations: Object.fromEntries(Object.entries(c.expectations).filter(([code]) => code !== top.code)) })),
  };
}

export function addCompetency(track: TrackDefinition): TrackDefinition {
  const taken = new Set(track.competencies.map((c) => c.key));
  let n = track.competencies.length + 1;
  while (taken.has(`competency-${n}`)) n++;
  const competency: CompetencyDefinition = {
    key: `competency-${n}`, name: "New competency", description: "", pillar: "SKILLS", domain: "ENGINEERING",
    expectations: Object.fromEntries(track.levels.map((level) => [level.code, ""])),
  };
  return { ...track, competencies: [...track.competencies, competency] };
}

export function removeCompetency(track: TrackDefinition, index: number): TrackDefinition {
  if (track.competencies.length === 1) return track;
  return { ...track, competencies: track.competencies.filter((_, i) => i !== index) };
}
