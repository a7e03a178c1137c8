/** The rows an import refused, by line and column: one table for every CSV import. */
export function ImportProblems({ errors }: { errors: ReadonlyArray<{ line: number; field?: string | null; message: string }> }) {
  if (errors.length === 0) return null;
  return (
    <div tabIndex={0} role="region" aria-label="Problems by line" className="max-h-96 overflow-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Problems in the file, by line</caption>
        <thead className="bg-slate-50"><tr><th scope="col" className="px-3 py-2">Line</th><th scope="col" className="px-3 py-2">Column</th><th scope="col" className="px-3 py-2">Problem</th></tr></thead>
        <tbody className="divide-y divide-slate-100">
          {errors.map((error, index) => (
            <tr key={`${error.line}-${index}`}><td className="px-3 py-1.5 tabular-nums">{error.line}</td><td className="px-3 py-1.5">{error.field ?? "—"}</td><td className="px-3 py-1.5">{error.message}</td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
