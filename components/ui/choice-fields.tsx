import { FieldErrors } from "@/components/ui/form-fields";
import { MONTHS } from "@/lib/setup/schemas";

const select = "mt-1 block w-full rounded border border-slate-300 px-3 py-2";

/** IANA time zones with UTC first; the list comes from the server's Intl data. */
export function TimeZoneSelect({ idPrefix, timeZones, defaultValue, errors }: { idPrefix: string; timeZones: string[]; defaultValue: string; errors?: string[] }) {
  const id = `${idPrefix}-timeZone`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">Time zone</label>
      <select id={id} name="timeZone" defaultValue={defaultValue} aria-describedby={errors?.length ? `${id}-error` : undefined} className={select}>
        {timeZones.map((zone) => <option key={zone} value={zone}>{zone}</option>)}
      </select>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function FiscalMonthSelect({ idPrefix, defaultValue, errors }: { idPrefix: string; defaultValue: number; errors?: string[] }) {
  const id = `${idPrefix}-fiscal`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">Fiscal year starts in</label>
      <select id={id} name="fiscalYearStartMonth" defaultValue={defaultValue} aria-describedby={errors?.length ? `${id}-error` : undefined} className={select}>
        {MONTHS.map((month, index) => <option key={month} value={index + 1}>{month}</option>)}
      </select>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}
