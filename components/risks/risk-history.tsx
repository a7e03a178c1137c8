import type { RiskDetail } from "@/lib/risks/queries";

// "Who changed what, when": one entry per save, newest first, with each field's before and after.

const FIELD_LABELS: Record<string, string> = {
  level: "Level", factors: "Factors", regrettable: "Regrettable", notes: "Notes", nextReviewDate: "Next review", status: "Status",
  action: "Action", ownerId: "Owner", dueDate: "Due",
};

function show(field: string, value: unknown, names: Record<number, string>): string {
  if (value === null || value === undefined || value === "") return "—";
  if (field === "ownerId" && typeof value === "number") return names[value] ?? `#${value}`;
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return value.map((item) => String(item).replaceAll("_", " ").toLowerCase()).join(", ");
  const text = String(value);
  return /^[A-Z_]+$/.test(text) ? text.replaceAll("_", " ").toLowerCase() : text;
}

export function RiskHistory({ history, names, mitigations }: Pick<RiskDetail, "history" | "names" | "mitigations">) {
  if (history.length === 0) return <p className="text-sm text-slate-600">No changes recorded.</p>;
  const actionOf = new Map(mitigations.map((m) => [m.id, m.action]));
  return (
    <ol className="space-y-4 border-l-2 border-slate-200 pl-4">
      {history.map((entry) => {
        const { mitigation, ...fields } = entry.changes as { mitigation?: number } & Record<string, { from: unknown; to: unknown }>;
        const created = Object.values(fields).every((change) => change?.from === null || change?.from === undefined);
        return (
          <li key={entry.id}>
            <p className="text-sm">
              <span className="font-medium">{entry.actorName}</span>{" "}
              {mitigation ? `${created ? "added" : "changed"} the mitigation “${actionOf.get(mitigation) ?? `#${mitigation}`}”` : created ? "recorded the risk" : "changed the risk"}
              <span className="text-slate-600"> · <time dateTime={entry.at}>{entry.at.slice(0, 16).replace("T", " ")} UTC</time></span>
            </p>
            <ul className="mt-1 text-sm text-slate-700">
              {Object.entries(fields).map(([field, change]) => (
                <li key={field} className="break-words">
                  {FIELD_LABELS[field] ?? field}: {created ? show(field, change?.to, names) : <>{show(field, change?.from, names)} → {show(field, change?.to, names)}</>}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
