import { FieldErrors } from "@/components/ui/form-fields";

export function TeamSelect({ idPrefix, teams, defaultValue, errors }: { idPrefix: string; teams: Array<{ id: number; name: string }>; defaultValue?: number | null; errors?: string[] }) {
  return (
    <div>
      <label htmlFor={`${idPrefix}-teamId`} className="block text-sm font-medium">Team</label>
      <select id={`${idPrefix}-teamId`} name="teamId" defaultValue={defaultValue ?? ""} className="mt-1 block w-full rounded border border-slate-300 px-3 py-2">
        <option value="">No team</option>
        {teams.map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}
      </select>
      <FieldErrors id={`${idPrefix}-teamId-error`} errors={errors} />
    </div>
  );
}
