import { PILLAR_LABEL, PILLARS, type PillarKey } from "@/lib/metrics/pillar-score";

const DESCRIPTION: Record<PillarKey, string> = {
  QUALITY: "Stability, resilience and automation, read through each team's flow metrics and DORA band.",
  ENGAGEMENT: "Psychological safety, autonomy and trust, from every manager's check-ins.",
  GROWTH: "Career levels, coaching of managers and keeping the people you cannot afford to lose.",
  SKILLS: "Learning and experiments, AI adoption among them, without chasing trends.",
};

const ACCENT: Record<PillarKey, string> = {
  QUALITY: "border-pillar-quality",
  ENGAGEMENT: "border-pillar-engagement",
  GROWTH: "border-pillar-growth",
  SKILLS: "border-pillar-skills",
};

/** The four pillars with what each covers. */
export function PillarList() {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {PILLARS.map((pillar) => (
        <li key={pillar} className={`rounded-lg border-l-4 bg-white p-4 shadow-sm ${ACCENT[pillar]}`}>
          <h3 className="font-semibold">{PILLAR_LABEL[pillar]}</h3>
          <p className="mt-1 text-sm text-slate-700">{DESCRIPTION[pillar]}</p>
        </li>
      ))}
    </ul>
  );
}
