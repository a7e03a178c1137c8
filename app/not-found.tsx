import Link from "next/link";
import { connection } from "next/server";

// Rendered per request (not prerendered) so its scripts carry the request's CSP nonce.
export default async function NotFound() {
  await connection();
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2 text-slate-700">It may have moved, or you may not have access to it.</p>
      <Link href="/" className="mt-6 inline-block rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
        Back to the overview
      </Link>
    </main>
  );
}
