import { ImportProblems } from "@/components/ui/import-problems";

export type ImportResult = {
  ok: boolean;
  errors: Array<{ line: number; field?: string; message: string }>;
  warnings: string[];
  summary: { rows: number; create: number; update: number; unchanged: number; managerChanges: number; teamChanges: number; newTeams: string[] };
};

/** What a dry run found: the changes it would make, or every bad row by line number. */
export function ImportReportView({ result, onImport }: { result: ImportResult; onImport?: () => void }) {
  const { summary } = result;
  return (
    <section aria-labelledby="report-heading" className="space-y-4 rounded-lg bg-white p-6 shadow-sm">
      <h2 id="report-heading" className="text-lg font-semibold">
        {result.ok ? `Ready to import ${summary.rows} rows` : `${result.errors.length} problem${result.errors.length === 1 ? "" : "s"} to fix; nothing was imported`}
      </h2>
      {result.ok && (
        <ul className="list-disc pl-5 text-sm">
          <li>{summary.create} new people, {summary.update} updated, {summary.unchanged} unchanged</li>
          <li>{summary.managerChanges} change manager, {summary.teamChanges} change team</li>
          {summary.newTeams.length > 0 && <li>New teams: {summary.newTeams.join(", ")}</li>}
        </ul>
      )}
      {result.warnings.length > 0 && (
        <ul className="list-disc pl-5 text-sm text-amber-900">{result.warnings.map((warning) => <li key={warning}>{warning}</li>)}</ul>
      )}
      <ImportProblems errors={result.errors} />
      {onImport && (
        <button type="button" onClick={onImport} className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          Import {summary.rows} rows
        </button>
      )}
    </section>
  );
}
