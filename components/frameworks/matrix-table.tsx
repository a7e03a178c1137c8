import { PILLAR_LABEL } from "@/lib/metrics/pillar-score";
import type { MatrixTrack } from "@/lib/frameworks/queries";
import { DOMAIN_LABEL } from "./labels";

/** One track, read only: a row per competency, a column per level with its expectation. */
export function MatrixTable({ track }: { track: MatrixTrack }) {
  const headingId = `track-${track.key}`;
  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-lg bg-white p-6 shadow-sm">
      <h2 id={headingId} className="text-lg font-semibold">{track.name} track</h2>
      <dl className="grid gap-3 text-sm sm:grid-cols-2 lg:grid-cols-3">
        {track.levels.map((level) => (
          <div key={level.id}>
            <dt className="font-medium">{level.code} · {level.name}</dt>
            <dd className="text-slate-700">{level.summary || "—"}</dd>
          </div>
        ))}
      </dl>
      {track.competencies.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 p-4 text-slate-700">This track has no competencies yet.</p>
      ) : (
        <div tabIndex={0} role="region" aria-label={`${track.name} expectations, scrolls sideways`} className="overflow-x-auto">
          <table className="min-w-[48rem] border-collapse text-left align-top text-sm">
            <caption className="sr-only">{track.name} track: what each level expects for each competency</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="w-56 px-3 py-2">Competency</th>
                {track.levels.map((level) => (
                  <th key={level.id} scope="col" className="min-w-48 px-3 py-2">{level.code} · {level.name}</th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {track.competencies.map((competency) => (
                <tr key={competency.id} className="align-top">
                  <th scope="row" className="px-3 py-2 font-normal">
                    <span className="block font-semibold">{competency.name}</span>
                    <span className="block text-xs text-slate-700">{PILLAR_LABEL[competency.pillar]} · {DOMAIN_LABEL[competency.domain]}</span>
                    {competency.description && <span className="mt-1 block text-xs text-slate-600">{competency.description}</span>}
                  </th>
                  {competency.cells.map((cell) => (
                    <td key={cell.levelId} className="px-3 py-2">{cell.text ?? "—"}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
