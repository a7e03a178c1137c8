"use client";

import { useState } from "react";
import { saveAssessmentAction, shareAssessmentAction } from "@/app/(app)/growth/actions";
import { FieldErrors, FormMessage } from "@/components/ui/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionResult } from "@/lib/http/action";

type Competency = { competencyId: number; name: string; pillar: string; domain: string; text: string };
type Props = {
  assessmentId: number;
  version: number;
  status: string;
  kind: string;
  competencies: Competency[];
  ratings: Record<number, { rating: number; evidence: string | null }>;
  /** The person's own submitted ratings at this level, shown beside the assessor's. */
  selfRatings: Record<number, number> | null;
  promotionReadiness: string | null;
  summary: string | null;
};

/** The author's form: a 1–5 rating and evidence per competency of the level, readiness, summary. */
export function AssessmentForm(props: Props) {
  const [result, onSubmit, pending] = useFormAction<ActionResult>(saveAssessmentAction);
  const [shared, onShare, sharing] = useFormAction<ActionResult>(shareAssessmentAction);
  const [intent, setIntent] = useState<"save" | "submit">("save");
  const errors = result && !result.ok ? result.fieldErrors : undefined;

  return (
    <div className="space-y-6">
      <form
        onSubmit={(event) => {
          const form = event.currentTarget;
          const ratings = props.competencies.flatMap((c) => {
            const rating = (form.elements.namedItem(`rating-${c.competencyId}`) as RadioNodeList | null)?.value;
            const evidence = (form.elements.namedItem(`evidence-${c.competencyId}`) as HTMLTextAreaElement | null)?.value ?? "";
            return rating ? [{ competencyId: c.competencyId, rating: Number(rating), evidence }] : [];
          });
          (form.elements.namedItem("ratings") as HTMLInputElement).value = JSON.stringify(ratings);
          (form.elements.namedItem("intent") as HTMLInputElement).value = intent;
          onSubmit(event);
        }}
        className="space-y-6"
        noValidate
      >
        <input type="hidden" name="assessmentId" value={props.assessmentId} />
        <input type="hidden" name="version" value={props.version} />
        <input type="hidden" name="ratings" />
        <input type="hidden" name="intent" />
        {props.competencies.map((c, index) => (
          <fieldset key={c.competencyId} className="rounded border border-slate-200 p-4">
            <legend className="px-1 font-semibold">{c.name}</legend>
            <p className="text-xs uppercase tracking-wide text-slate-500">{c.pillar.toLowerCase()} · {c.domain.replace("_AND_", "&").toLowerCase()}</p>
            <p className="mt-1 text-sm text-slate-700"><span className="font-medium">Expected at this level:</span> {c.text}</p>
            {props.selfRatings?.[c.competencyId] !== undefined && (
              <p className="mt-1 text-sm text-slate-600">Their self-rating: {props.selfRatings[c.competencyId]}</p>
            )}
            <div className="mt-3 flex flex-wrap gap-4" role="radiogroup" aria-label={`Rating for ${c.name}`}>
              {[1, 2, 3, 4, 5].map((value) => (
                <label key={value} className="flex items-center gap-1 text-sm">
                  <input type="radio" name={`rating-${c.competencyId}`} value={value} defaultChecked={props.ratings[c.competencyId]?.rating === value} />
                  {value}{value === 3 ? " (meets)" : ""}
                </label>
              ))}
            </div>
            <FieldErrors id={`rating-${c.competencyId}-error`} errors={errors?.[`ratings.${index}.rating`]} />
            <label htmlFor={`evidence-${c.competencyId}`} className="mt-3 block text-sm font-medium">Evidence</label>
            <textarea id={`evidence-${c.competencyId}`} name={`evidence-${c.competencyId}`} rows={2} defaultValue={props.ratings[c.competencyId]?.evidence ?? ""}
              className="mt-1 block w-full rounded border border-slate-300 px-3 py-2 text-sm" />
            <FieldErrors id={`evidence-${c.competencyId}-error`} errors={errors?.[`ratings.${index}.evidence`]} />
          </fieldset>
        ))}
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="assessment-readiness" className="block text-sm font-medium">Promotion readiness</label>
            <select id="assessment-readiness" name="promotionReadiness" defaultValue={props.promotionReadiness ?? ""} className="mt-1 block w-full rounded border border-slate-300 px-3 py-2">
              <option value="">Not stated</option>
              <option value="NOT_YET">Not yet</option>
              <option value="WITHIN_6_12_MONTHS">Within 6–12 months</option>
              <option value="READY">Ready</option>
            </select>
          </div>
          <div className="sm:col-span-2">
            <label htmlFor="assessment-summary" className="block text-sm font-medium">Summary</label>
            <textarea id="assessment-summary" name="summary" rows={3} defaultValue={props.summary ?? ""} className="mt-1 block w-full rounded border border-slate-300 px-3 py-2 text-sm" />
            <FieldErrors id="assessment-summary-error" errors={errors?.summary} />
          </div>
        </div>
        <FormMessage result={result} />
        <div className="flex flex-wrap gap-3">
          <button type="submit" onClick={() => setIntent("save")} disabled={pending} className="rounded border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50 disabled:opacity-60">
            Save draft
          </button>
          {props.status === "DRAFT" && (
            <button type="submit" onClick={() => setIntent("submit")} disabled={pending} className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
              Submit
            </button>
          )}
        </div>
      </form>
      {props.kind === "MANAGER" && props.status !== "SHARED" && (
        <form onSubmit={onShare} className="space-y-2 border-t border-slate-200 pt-4">
          <input type="hidden" name="assessmentId" value={props.assessmentId} />
          <input type="hidden" name="version" value={props.version} />
          <p className="text-sm text-slate-700">Sharing shows this assessment to the person assessed. Save your last changes first.</p>
          <button type="submit" disabled={sharing} className="rounded bg-green-700 px-4 py-2 text-sm font-medium text-white hover:bg-green-800 disabled:opacity-60">
            {sharing ? "Sharing…" : "Share with them"}
          </button>
          <FormMessage result={shared} />
        </form>
      )}
    </div>
  );
}
