import { scoreChange } from "@/lib/format/figures";

// A score's change since the previous quarter: the signed figure, with an arrow and a colour that
// only repeat its sign.

export function ScoreChange({ value }: { value: number | null }) {
  if (value === null || value === 0) return <span className="text-slate-700">{scoreChange(value)}</span>;
  const up = value > 0;
  return (
    <span className={up ? "text-green-800" : "text-red-700"}>
      <span aria-hidden="true">{up ? "▲ " : "▼ "}</span>
      {scoreChange(value)}
    </span>
  );
}
