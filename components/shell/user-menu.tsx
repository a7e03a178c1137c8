"use client";

import { signOut } from "next-auth/react";

/** Who is signed in, and the way out. */
export function UserMenu({ name, roles }: { name: string; roles: string[] }) {
  const roleList = roles.map((role) => role.replace("_", " ").toLowerCase()).join(" · ");
  return (
    <div className="flex items-center gap-3 text-sm">
      {/* Name over roles keeps the header one row wide; a long list of roles is cut short (in full in its title). */}
      <span className="flex min-w-0 flex-col items-end leading-tight">
        <span className="text-slate-700">{name}</span>
        <span className="sr-only">, roles:</span>
        <span className="max-w-36 truncate text-xs text-slate-500" title={roleList}>{roleList}</span>
      </span>
      <button type="button" onClick={() => signOut({ callbackUrl: "/sign-in" })}
        className="rounded border border-slate-300 px-3 py-1.5 font-medium hover:bg-slate-50">
        Sign out
      </button>
    </div>
  );
}
