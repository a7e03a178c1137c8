"use client";

import { signOut } from "next-auth/react";

/** Who is signed in, and the way out. */
export function UserMenu({ name, roles }: { name: string; roles: string[] }) {
  return (
    <div className="flex items-center gap-3 text-sm">
      <span className="text-slate-700">
        {name}
        <span className="sr-only">, roles:</span>
        <span className="ml-2 text-xs text-slate-500">{roles.map((role) => role.replace("_", " ").toLowerCase()).join(" · ")}</span>
      </span>
      <button type="button" onClick={() => signOut({ callbackUrl: "/sign-in" })}
        className="rounded border border-slate-300 px-3 py-1.5 font-medium hover:bg-slate-50">
        Sign out
      </button>
    </div>
  );
}
