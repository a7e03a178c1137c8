import { ROLE_LABEL, ROLES } from "@/lib/user-admin/schemas";
import { FieldErrors } from "@/components/ui/form-fields";

export function RoleCheckboxes({ idPrefix, selected, errors }: { idPrefix: string; selected: string[]; errors?: string[] }) {
  return (
    <fieldset aria-describedby={errors?.length ? `${idPrefix}-roles-error` : undefined}>
      <legend className="text-sm font-medium">Roles</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {ROLES.map((role) => (
          <label key={role} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="roles" value={role} defaultChecked={selected.includes(role)} className="h-4 w-4" />
            {ROLE_LABEL[role]}
          </label>
        ))}
      </div>
      <FieldErrors id={`${idPrefix}-roles-error`} errors={errors} />
    </fieldset>
  );
}
