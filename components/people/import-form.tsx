"use client";

import Link from "next/link";
import { useRef, useState } from "react";
import { readNdjson } from "@/lib/query/ndjson";
import { ImportReportView, type ImportResult } from "./import-report";

type Progress = { phase: string; done: number; total: number };
type State =
  | { step: "choose" }
  | { step: "checking" }
  | { step: "checked"; result: ImportResult }
  | { step: "importing"; progress: Progress | null }
  | { step: "done"; result: ImportResult }
  | { step: "failed"; message: string };

const PHASES: Record<string, string> = {
  read: "Reading the file", check: "Checking every row", teams: "Creating teams", people: "Writing people",
  history: "Recording reporting lines", closure: "Rebuilding the reporting tree", audit: "Writing the audit log", done: "Finishing",
};

async function post(mode: "check" | "apply", file: File): Promise<Response> {
  const body = new FormData();
  body.append("file", file);
  return fetch(`/api/people/import?mode=${mode}`, { method: "POST", body });
}

/** Dry run first (every bad row with its line), then the all-or-nothing import with progress. */
export function ImportForm() {
  const [state, setState] = useState<State>({ step: "choose" });
  const fileRef = useRef<HTMLInputElement>(null);
  const file = () => fileRef.current?.files?.[0];

  async function check() {
    const chosen = file();
    if (!chosen) return setState({ step: "failed", message: "Choose a CSV file first." });
    setState({ step: "checking" });
    const response = await post("check", chosen);
    const body = await response.json();
    setState(response.ok ? { step: "checked", result: body } : { step: "failed", message: body.error ?? "The check failed." });
  }

  async function apply() {
    const chosen = file();
    if (!chosen) return;
    setState({ step: "importing", progress: null });
    const response = await post("apply", chosen);
    if (!response.ok || !response.body) return setState({ step: "failed", message: (await response.json()).error ?? "The import failed." });
    await readNdjson(response, (event) => {
      if (event.type === "progress") setState({ step: "importing", progress: event as unknown as Progress });
      else if (event.type === "report") {
        const result = event as unknown as ImportResult;
        setState(result.ok ? { step: "done", result } : { step: "checked", result });
      } else setState({ step: "failed", message: String(event.message) });
    });
  }

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="import-file" className="block text-sm font-medium">CSV export from your HR system</label>
          <input id="import-file" ref={fileRef} type="file" accept=".csv,text/csv" onChange={() => setState({ step: "choose" })}
            className="mt-1 block text-sm file:mr-3 file:rounded file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5" />
        </div>
        <button type="button" onClick={check} disabled={state.step === "checking" || state.step === "importing"}
          className="rounded border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-50 disabled:opacity-60">
          {state.step === "checking" ? "Checking…" : "Check file"}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {state.step === "failed" && <p className="text-red-700">{state.message}</p>}
        {state.step === "importing" && (
          <div className="space-y-1">
            <p>{state.progress ? PHASES[state.progress.phase] ?? state.progress.phase : "Starting"}…</p>
            <progress className="w-full" value={state.progress?.done ?? 0} max={state.progress?.total || 1} aria-label="Import progress" />
          </div>
        )}
        {state.step === "done" && (
          <p className="text-green-800">
            Imported: {state.result.summary.create} added, {state.result.summary.update} updated, {state.result.summary.managerChanges} moved.{" "}
            <Link href="/people" className="underline">See the people</Link>
          </p>
        )}
      </div>
      {state.step === "checked" && (
        <ImportReportView result={state.result} onImport={state.result.ok ? apply : undefined} />
      )}
    </div>
  );
}
