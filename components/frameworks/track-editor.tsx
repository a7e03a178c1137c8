"use client";

import type { CompetencyDefinition, TrackDefinition } from "@/lib/frameworks/definition";
import { DOMAINS, PILLARS } from "@/lib/frameworks/schemas";
import type { FieldErrors } from "@/lib/errors";
import { PILLAR_LABEL } from "@/lib/metrics/pillar-score";
import { DOMAIN_LABEL } from "./labels";
import { addCompetency, addLevel, removeCompetency, removeTopLevel } from "./track-shape";

type Props = { track: TrackDefinition; index: number; errors: FieldErrors; onChange: (track: TrackDefinition) => void };

const small = "rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50";
const input = "mt-1 block w-full rounded border border-slate-300 px-2 py-1 text-sm aria-[invalid=true]:border-red-600";

/** Messages at one path, wired to the field through aria-describedby. */
function Problem({ id, messages }: { id: string; messages?: string[] }) {
  return messages?.length ? <p id={id} className="mt-1 text-xs text-red-700">{messages.join(" ")}</p> : null;
}

/** aria-invalid and the link to the message, only while there is one. */
const invalid = (messages: string[] | undefined, errorId: string) =>
  (messages?.length ? { "aria-invalid": true as const, "aria-describedby": errorId } : {});

/** One track of a draft: its levels' names and summaries, then the competency × level matrix. */
export function TrackEditor({ track, index: t, errors, onChange }: Props) {
  const at = (path: string) => errors[`tracks[${t}].${path}`];
  const setLevel = (l: number, patch: Partial<TrackDefinition["levels"][number]>) =>
    onChange({ ...track, levels: track.levels.map((level, i) => (i === l ? { ...level, ...patch } : level)) });
  const setCompetency = (c: number, patch: Partial<CompetencyDefinition>) =>
    onChange({ ...track, competencies: track.competencies.map((competency, i) => (i === c ? { ...competency, ...patch } : competency)) });
  const setExpectation = (c: number, code: string, text: string) =>
    setCompetency(c, { expectations: { ...track.competencies[c]!.expectations, [code]: text } });
  const headingId = `edit-track-${t}`;

  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-lg bg-white p-6 shadow-sm">
      <h2 id={headingId} className="text-lg font-semibold">{track.name} track</h2>
      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <legend className="mb-2 text-sm font-semibold">Levels</legend>
        {track.levels.map((level, l) => {
          const id = `t${t}-l${l}`;
          return (
            <div key={level.code} className="space-y-2 rounded border border-slate-200 p-3">
              <p className="text-sm font-semibold">{level.code}</p>
              <div>
                <label htmlFor={`${id}-name`} className="block text-xs font-medium">Name of level {level.code}</label>
                <input id={`${id}-name`} value={level.name} onChange={(e) => setLevel(l, { name: e.target.value })}
                  {...invalid(at(`levels[${l}].name`), `${id}-name-error`)} className={input} />
                <Problem id={`${id}-name-error`} messages={at(`levels[${l}].name`)} />
              </div>
              <div>
                <label htmlFor={`${id}-summary`} className="block text-xs font-medium">Summary of level {level.code}</label>
                <textarea id={`${id}-summary`} rows={3} value={level.summary} onChange={(e) => setLevel(l, { summary: e.target.value })}
                  {...invalid(at(`levels[${l}].summary`), `${id}-summary-error`)} className={input} />
                <Problem id={`${id}-summary-error`} messages={at(`levels[${l}].summary`)} />
              </div>
            </div>
          );
        })}
        <div className="flex flex-wrap items-start gap-2 sm:col-span-full">
          <button type="button" onClick={() => onChange(addLevel(track))} className={small}>Add a level</button>
          {track.levels.length > 1 && (
            <button type="button" onClick={() => onChange(removeTopLevel(track))} className={small}>
              Remove level {track.levels.at(-1)?.code}
            </button>
          )}
        </div>
      </fieldset>
      <div tabIndex={0} role="region" aria-label={`${track.name} expectations editor, scrolls sideways`} className="overflow-x-auto">
        <table className="min-w-[56rem] border-collapse text-left text-sm">
          <caption className="sr-only">{track.name} track: edit each competency and what each level expects</caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="w-64 px-3 py-2">Competency</th>
              {track.levels.map((level) => <th key={level.code} scope="col" className="min-w-52 px-3 py-2">{level.code} · {level.name}</th>)}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {track.competencies.map((competency, c) => (
              <CompetencyRow key={competency.key} track={track} t={t} c={c} competency={competency} at={at}
                onPatch={(patch) => setCompetency(c, patch)} onExpectation={(code, text) => setExpectation(c, code, text)}
                onRemove={track.competencies.length > 1 ? () => onChange(removeCompetency(track, c)) : undefined} />
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" onClick={() => onChange(addCompetency(track))} className={small}>Add a competency</button>
    </section>
  );
}

type RowProps = {
  track: TrackDefinition; t: number; c: number; competency: CompetencyDefinition;
  at: (path: string) => string[] | undefined;
  onPatch: (patch: Partial<CompetencyDefinition>) => void;
  onExpectation: (code: string, text: string) => void;
  onRemove?: () => void;
};

function CompetencyRow({ track, t, c, competency, at, onPatch, onExpectation, onRemove }: RowProps) {
  const id = `t${t}-c${c}`;
  const path = `competencies[${c}]`;
  const field = (name: string) => ({ id: `${id}-${name}`, ...invalid(at(`${path}.${name}`), `${id}-${name}-error`) });
  const label = (name: string, text: string) => (
    <label htmlFor={`${id}-${name}`} className="block text-xs font-medium">{text}<span className="sr-only"> of competency {c + 1}</span></label>
  );
  return (
    <tr className="align-top">
      <th scope="row" className="space-y-2 px-3 py-2 font-normal">
        <div>{label("name", "Name")}<input value={competency.name} onChange={(e) => onPatch({ name: e.target.value })} {...field("name")} className={input} />
          <Problem id={`${id}-name-error`} messages={at(`${path}.name`)} /></div>
        <div>{label("description", "Description")}<textarea rows={3} value={competency.description} onChange={(e) => onPatch({ description: e.target.value })} {...field("description")} className={input} />
          <Problem id={`${id}-description-error`} messages={at(`${path}.description`)} /></div>
        <div>{label("pillar", "Pillar")}
          <select value={competency.pillar} onChange={(e) => onPatch({ pillar: e.target.value as CompetencyDefinition["pillar"] })} {...field("pillar")} className={input}>
            {PILLARS.map((pillar) => <option key={pillar} value={pillar}>{PILLAR_LABEL[pillar]}</option>)}
          </select>
          <Problem id={`${id}-pillar-error`} messages={at(`${path}.pillar`)} /></div>
        <div>{label("domain", "Domain")}
          <select value={competency.domain} onChange={(e) => onPatch({ domain: e.target.value as CompetencyDefinition["domain"] })} {...field("domain")} className={input}>
            {DOMAINS.map((domain) => <option key={domain} value={domain}>{DOMAIN_LABEL[domain]}</option>)}
          </select>
          <Problem id={`${id}-domain-error`} messages={at(`${path}.domain`)} /></div>
        {onRemove && (
          <button type="button" onClick={onRemove} className="text-xs font-medium text-red-800 underline">
            Remove {competency.name}
          </button>
        )}
      </th>
      {track.levels.map((level) => {
        const messages = at(`${path}.expectations.${level.code}`);
        const cellId = `${id}-${level.code}`;
        return (
          <td key={level.code} className="px-3 py-2">
            <textarea aria-label={`Expectation for ${competency.name} at ${level.code}`} rows={5}
              value={competency.expectations[level.code] ?? ""} onChange={(e) => onExpectation(level.code, e.target.value)}
              {...invalid(messages, `${cellId}-error`)} className={input} />
            <Problem id={`${cellId}-error`} messages={messages} />
          </td>
        );
      })}
    </tr>
  );
}
