import type { SkillItemKind, SkillItemStatus } from "@/lib/generated/prisma/enums";
import { KIND_LABELS, STATUS_LABELS, evidenceUrl } from "@/lib/skills/schemas";
import type { SkillTarget } from "@/lib/skills/queries";

// How a status, a kind, a target and evidence read everywhere in the skills pillar. Colour is
// never the only cue: the badge says the word.

const STATUS_STYLE: Record<SkillItemStatus, string> = {
  PLANNED: "bg-slate-100 text-slate-800",
  ACTIVE: "bg-sky-100 text-sky-900",
  COMPLETED: "bg-green-100 text-green-900",
  STOPPED: "bg-amber-100 text-amber-900",
};

export function StatusBadge({ status }: { status: SkillItemStatus }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[status]}`}>{STATUS_LABELS[status]}</span>;
}

export function KindLabel({ kind }: { kind: SkillItemKind }) {
  return <span className="text-xs font-medium uppercase tracking-wide text-slate-600">{KIND_LABELS[kind]}</span>;
}

export function targetText(target: SkillTarget): string {
  return target.type === "team" ? `Team ${target.name}` : target.name;
}

export function dateRange({ startedOn, completedOn }: { startedOn: string | null; completedOn: string | null }): string {
  if (startedOn && completedOn) return `${startedOn} – ${completedOn}`;
  if (startedOn) return `from ${startedOn}`;
  if (completedOn) return `until ${completedOn}`;
  return "";
}

/** Evidence that is one web address is a link (http and https only); anything else is text. */
export function Evidence({ evidence }: { evidence: string | null }) {
  if (!evidence) return null;
  const url = evidenceUrl(evidence);
  if (url) return <a href={url} rel="noopener noreferrer nofollow" target="_blank" className="break-all text-brand-700 underline">{evidence}</a>;
  return <span className="whitespace-pre-wrap break-words">{evidence}</span>;
}
