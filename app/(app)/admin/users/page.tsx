import type { Metadata } from "next";
import { EditUserForm } from "@/components/admin/edit-user-form";
import { InviteUserForm } from "@/components/admin/invite-user-form";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { requireActor } from "@/lib/auth/session";
import { listUsers } from "@/lib/user-admin/queries";
import { ROLE_LABEL } from "@/lib/user-admin/schemas";

export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<{ q?: string }> };

export default async function UsersPage({ searchParams }: Props) {
  const actor = await requireActor();
  requirePagePermission(actor, "user:manage");
  const { q } = await searchParams;
  const users = await listUsers({ actor, query: q });
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Users</h1>
      <section aria-labelledby="invite-heading" className="rounded-lg bg-white p-6 shadow-sm">
        <h2 id="invite-heading" className="mb-4 text-lg font-semibold">Invite a user</h2>
        <InviteUserForm />
      </section>
      <section aria-labelledby="list-heading" className="space-y-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="list-heading" className="text-lg font-semibold">Everyone who can sign in</h2>
          <form role="search" className="flex gap-2">
            <label htmlFor="user-search" className="sr-only">Search users by name or email</label>
            <input id="user-search" name="q" defaultValue={q} placeholder="Name or email" className="rounded border border-slate-300 px-3 py-1.5 text-sm" />
            <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium">Search</button>
          </form>
        </div>
        {users.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
            {q ? "No user matches that search." : "No users yet. Invite the first one above."}
          </p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg bg-white shadow-sm">
            {users.map((user) => (
              <li key={user.id} className="p-4">
                <details>
                  <summary className="flex cursor-pointer flex-wrap items-baseline gap-x-3 gap-y-1 rounded">
                    <span className="font-medium">{user.name}</span>
                    <span className="text-sm text-slate-600">{user.email}</span>
                    <span className="text-sm">{user.roles.map((role) => ROLE_LABEL[role]).join(", ")}</span>
                    {user.person && <span className="text-sm text-slate-600">· {user.person.name}</span>}
                    {!user.active && <span className="rounded bg-slate-200 px-2 text-xs font-semibold">deactivated</span>}
                    {user.invitationPending && <span className="rounded bg-amber-100 px-2 text-xs font-semibold text-amber-900">invited</span>}
                  </summary>
                  <EditUserForm user={user} />
                </details>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
