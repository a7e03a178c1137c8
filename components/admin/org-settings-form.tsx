"use client";

import { updateOrgSettingsAction } from "@/app/(app)/admin/settings/actions";
import { FiscalMonthSelect, TimeZoneSelect } from "@/components/ui/choice-fields";
import { SubmitRow, TextField } from "@/components/ui/form-fields";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionResult } from "@/lib/http/action";
import type { TRiskSignalThresholds } from "@/lib/org/settings-schemas";

type Settings = {
  version: number; name: string; timeZone: string; fiscalYearStartMonth: number; defaultCadence: string;
  checkInGraceDays: number; departedRetentionDays: number; thresholds: TRiskSignalThresholds;
};

const THRESHOLD_FIELDS: Array<{ key: keyof TRiskSignalThresholds; label: string; hint: string }> = [
  { key: "engagementDrop", label: "Engagement drop (points)", hint: "Fall in the engagement index between two windows of check-ins." },
  { key: "engagementWindow", label: "Check-ins per window", hint: "How many recent check-ins each window averages." },
  { key: "readyTooLongDays", label: "Days in level while ready", hint: "Rated ready for promotion but still in the same level." },
  { key: "missedCheckIns", label: "Missed check-ins in a row", hint: "Check-ins due and not done." },
  { key: "overdueActionItems", label: "Overdue action items", hint: "Open items past their due date." },
  { key: "peerDepartures", label: "Departures in the team (90 days)", hint: "People who left the same team recently." },
];

const select = "mt-1 block w-full rounded border border-slate-300 px-3 py-2";

export function OrgSettingsForm({ settings, timeZones }: { settings: Settings; timeZones: string[] }) {
  const [result, onSubmit, pending] = useFormAction<ActionResult>(updateOrgSettingsAction);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-8" noValidate>
      <input type="hidden" name="version" value={settings.version} />
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold">Organisation</legend>
        <TextField idPrefix="org" name="orgName" label="Name" defaultValue={settings.name} errors={errors?.orgName} />
        <TimeZoneSelect idPrefix="org" timeZones={timeZones} defaultValue={settings.timeZone} errors={errors?.timeZone} />
        <FiscalMonthSelect idPrefix="org" defaultValue={settings.fiscalYearStartMonth} errors={errors?.fiscalYearStartMonth} />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold">Check-ins and data</legend>
        <div>
          <label htmlFor="org-cadence" className="block text-sm font-medium">Default cadence</label>
          <select id="org-cadence" name="defaultCadence" defaultValue={settings.defaultCadence} className={select}>
            <option value="WEEKLY">Weekly</option>
            <option value="BIWEEKLY">Every two weeks</option>
            <option value="MONTHLY">Monthly</option>
          </select>
        </div>
        <TextField idPrefix="org" name="checkInGraceDays" label="Grace period (days)" type="number" defaultValue={String(settings.checkInGraceDays)}
          errors={errors?.checkInGraceDays} hint="A check-in this late still counts as on time." />
        <TextField idPrefix="org" name="departedRetentionDays" label="Erase departed people after (days)" type="number"
          defaultValue={String(settings.departedRetentionDays)} errors={errors?.departedRetentionDays} hint="Counted from their last day." />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold">Retention-risk signal thresholds</legend>
        {THRESHOLD_FIELDS.map((field) => (
          <TextField key={field.key} idPrefix="org" name={`thresholds.${field.key}`} label={field.label} type="number"
            defaultValue={String(settings.thresholds[field.key])} errors={errors?.[`thresholds.${field.key}`]} hint={field.hint} />
        ))}
      </fieldset>
      <SubmitRow result={result} pending={pending} label="Save settings" pendingLabel="Saving…" />
    </form>
  );
}
