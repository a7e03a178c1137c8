import { FieldErrors, TextField } from "@/components/ui/form-fields";
import { REGIONS } from "@/lib/people/schemas";

type Values = { name?: string; email?: string | null; employeeId?: string | null; title?: string | null; location?: string | null;
  region?: string | null; originCompany?: string | null; startDate?: string };

/** The directory fields of a person, shared by the create and edit forms. */
export function PersonFields({ idPrefix, values = {}, errors = {} }: { idPrefix: string; values?: Values; errors?: Record<string, string[]> }) {
  return (
    <>
      <TextField idPrefix={idPrefix} name="name" label="Name" defaultValue={values.name} errors={errors.name} />
      <TextField idPrefix={idPrefix} name="title" label="Title" defaultValue={values.title ?? ""} errors={errors.title} />
      <TextField idPrefix={idPrefix} name="email" label="Work email" type="email" defaultValue={values.email ?? ""} errors={errors.email} />
      <TextField idPrefix={idPrefix} name="employeeId" label="Employee id" defaultValue={values.employeeId ?? ""} errors={errors.employeeId}
        hint="From your HR system; imports match people by it." />
      <TextField idPrefix={idPrefix} name="startDate" label="Start date" type="date" defaultValue={values.startDate} errors={errors.startDate} />
      <TextField idPrefix={idPrefix} name="location" label="Location" defaultValue={values.location ?? ""} errors={errors.location} />
      <div>
        <label htmlFor={`${idPrefix}-region`} className="block text-sm font-medium">Region</label>
        <select id={`${idPrefix}-region`} name="region" defaultValue={values.region ?? ""} className="mt-1 block w-full rounded border border-slate-300 px-3 py-2">
          <option value="">—</option>
          {REGIONS.map((region) => <option key={region} value={region}>{region.toLowerCase()}</option>)}
        </select>
        <FieldErrors id={`${idPrefix}-region-error`} errors={errors.region} />
      </div>
      <TextField idPrefix={idPrefix} name="originCompany" label="Joined from (acquired company)" defaultValue={values.originCompany ?? ""} errors={errors.originCompany} />
    </>
  );
}
