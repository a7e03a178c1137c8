"use client";

// Unexpected errors are logged on the server; the person sees a generic message and a retry.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="mt-2 text-slate-700">The problem has been logged. Try again in a moment.</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
      >
        Try again
      </button>
    </main>
  );
}
