import type { RiskFactor, RiskLevel } from "@/lib/generated/prisma/enums";
import { FACTOR_LABELS, LEVEL_LABELS } from "@/lib/risks/schemas";

// How a risk level and its factors read everywhere in the register (colour is never the only cue: the word is there).

const LEVEL_STYLE: Record<RiskLevel, string> = {
  LOW: "bg-slate-100 text-slate-800",
  MEDIUM: "bg-amber-100 text-amber-900",
  HIGH: "bg-orange-100 text-orange-900",
  CRITICAL: "bg-red-100 text-red-900",
};

export function LevelBadge({ level }: { level: RiskLevel }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${LEVEL_STYLE[level]}`}>{LEVEL_LABELS[level]}</span>;
}

export function factorText(factors: readonly RiskFactor[]): string {
  return factors.map((factor) => FACTOR_LABELS[factor]).join(", ");
}
