"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRef, useState } from "react";
import type { QualityImportSummary } from "@/lib/quality/import/validate";
import { queryKeys } from "@/lib/query/keys";
import { readNdjson } from "@/lib/query/ndjson";
import { ImportProblems } from "@/components/ui/import-problems";

// Dry run first (every bad row with its line and column), then the all-or-nothing import. Both
// stream progress lines from the server, shown as a progress bar.

type Report = { mode: "dry-run" | "import"; ok: boolean; errors: Array<{ line: number; field?: string; message: string }>; warnings: string[]; summary: QualityImportSummary };
type Progress = { stage: string; done: number; total: number };
type State =
  | { step: "choose" }
  | { step: "running"; mode: "dry-run" | "import"; progress: Progress | null }
  | { step: "reported"; report: Report }
  | { step: "failed"; message: string };

const STAGES: Record<string, string> = { read: "Reading the file", check: "Checking every row", write: "Writing months", audit: "Writing the audit log", done: "Finishing" };

export function QualityImportForm() {
  const [state, setState] = useState<State>({ step: "choose" });
  const fileRef = useRef<HTMLInputElement>(null);
  const queryClient = useQueryClient();

  async function run(mode: "dry-run" | "import") {
    const file = fileRef.current?.files?.[0];
    if (!file) return setState({ step: "failed", message: "Choose a CSV file first." });
    setState({ step: "running", mode, progress: null });
    const body = new FormData();
    body.append("file", file);
    body.append("mode", mode);
    const response = await fetch("/api/quality/import", { method: "POST", body });
    if (!response.ok || !response.body) {
      const error = (await response.json().catch(() => null)) as { error?: string } | null;
      return setState({ step: "failed", message: error?.error ?? "The import failed." });
    }
    await readNdjson(response, (event) => {
      if (event.type === "progress") setState({ step: "running", mode, progress: event as unknown as Progress });
      else if (event.type === "report") {
        const report = event as unknown as Report;
        setState({ step: "reported", report });
        if (report.mode === "import" && report.ok) void queryClient.invalidateQueries({ queryKey: queryKeys.quality.all });
      } else setState({ step: "failed", message: String(event.message) });
    });
  }

  const busy = state.step === "running";
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="quality-file" className="block text-sm font-medium">CSV file</label>
          <input id="quality-file" ref={fileRef} type="file" accept=".csv,text/csv" onChange={() => setState({ step: "choose" })}
            className="mt-1 block max-w-full text-sm file:mr-3 file:rounded file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5" />
        </div>
        <button type="button" onClick={() => run("dry-run")} disabled={busy}
          className="rounded border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-50 disabled:opacity-60">
          Check file
        </button>
      </div>
      <div role="status" aria-live="polite">
        {state.step === "failed" && <p className="text-red-700">{state.message}</p>}
        {state.step === "running" && (
          <div className="space-y-1">
            <p>
              {state.mode === "import" ? "Importing" : "Checking"}: {state.progress ? (STAGES[state.progress.stage] ?? state.progress.stage) : "Uploading"}
              {state.progress && state.progress.total > 0 ? ` (${state.progress.done.toLocaleString("en")} of ${state.progress.total.toLocaleString("en")} rows)` : ""}…
            </p>
            <progress className="w-full" value={state.progress?.done ?? 0} max={state.progress?.total || 1} aria-label="Progress" />
          </div>
        )}
        {state.step === "reported" && state.report.mode === "import" && state.report.ok && (
          <p className="text-green-800">
            Imported {state.report.summary.rows} rows: {state.report.summary.create} months added, {state.report.summary.update} replaced.{" "}
            <Link href="/quality" className="underline">See the teams</Link>
          </p>
        )}
      </div>
      {state.step === "reported" && !(state.report.mode === "import" && state.report.ok) && (
        <QualityImportReport report={state.report} onImport={state.report.ok ? () => run("import") : undefined} />
      )}
    </div>
  );
}

function QualityImportReport({ report, onImport }: { report: Report; onImport?: () => void }) {
  const { summary } = report;
  return (
    <section aria-labelledby="report-heading" className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6">
      <h2 id="report-heading" className="text-lg font-semibold">
        {report.ok ? `Ready to import ${summary.rows} rows` : `${report.errors.length} problem${report.errors.length === 1 ? "" : "s"} to fix; nothing was imported`}
      </h2>
      {report.ok && (
        <p className="text-sm">
          {summary.teams} team{summary.teams === 1 ? "" : "s"}, {summary.from} to {summary.to}: {summary.create} months to add, {summary.update} to replace.
        </p>
      )}
      {report.warnings.length > 0 && <ul className="list-disc pl-5 text-sm text-amber-900">{report.warnings.map((warning) => <li key={warning}>{warning}</li>)}</ul>}
      <ImportProblems errors={report.errors} />
      {onImport && (
        <button type="button" onClick={onImport} className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          Import {summary.rows} rows
        </button>
      )}
    </section>
  );
}
