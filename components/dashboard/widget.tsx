import type { ReactNode } from "react";

// The dashboard's card: a labelled region with its heading, and the loading and error states
// every widget shows while react-query fetches (the server usually prefetched it already).

export function Widget({ id, title, intro, children, className = "" }: { id: string; title: ReactNode; intro?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={`${id}-heading`} className={`min-w-0 rounded-lg bg-white p-4 shadow-sm sm:p-6 ${className}`}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold">{title}</h2>
      {intro && <div className="mt-1 text-sm text-slate-600">{intro}</div>}
      <div className="mt-3">{children}</div>
    </section>
  );
}

/** What a widget shows before it has data: "Loading…" or the server's message. Null once data is there. */
export function QueryState({ isPending, error, what }: { isPending: boolean; error: Error | null; what: string }) {
  if (error) return <p role="alert" className="text-sm text-red-700">Could not load {what}: {error.message}</p>;
  if (isPending) return <p role="status" className="text-sm text-slate-600">Loading {what}…</p>;
  return null;
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="rounded border border-dashed border-slate-300 p-4 text-sm text-slate-700">{children}</p>;
}
