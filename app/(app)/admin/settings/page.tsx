import type { Metadata } from "next";
import { timeZoneOptions } from "@/lib/setup/schemas";
import { notFound } from "next/navigation";
import { OrgSettingsForm } from "@/components/admin/org-settings-form";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { requireActor } from "@/lib/auth/session";
import { getOrgSettings } from "@/lib/org/queries";
import { riskThresholds } from "@/lib/org/settings-schemas";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await requireActor();
  requirePagePermission(actor, "org:manage");
  const org = await getOrgSettings();
  if (!org) notFound();
  const timeZones = timeZoneOptions();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Settings</h1>
      <section className="rounded-lg bg-white p-6 shadow-sm">
        <OrgSettingsForm timeZones={timeZones} settings={{ ...org, thresholds: riskThresholds(org.riskSignalThresholds) }} />
      </section>
    </div>
  );
}
