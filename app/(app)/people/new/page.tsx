import type { Metadata } from "next";
import { CreatePersonForm } from "@/components/people/create-person-form";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { requireActor } from "@/lib/auth/session";
import { teamOptions } from "@/lib/teams/queries";

export const metadata: Metadata = { title: "Add a person" };

export default async function NewPersonPage() {
  const actor = await requireActor();
  requirePagePermission(actor, "people:write");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Add a person</h1>
      <section className="rounded-lg bg-white p-6 shadow-sm">
        <CreatePersonForm teams={await teamOptions()} />
      </section>
    </div>
  );
}
