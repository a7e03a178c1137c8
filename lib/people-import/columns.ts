// Which column holds which field. Headers are matched ignoring case, spaces, "_" and "-", so
// "Employee ID", "employee_id" and "employeeId" are one name. HRIS exports are recognised by
// the field names their vendors document (see /work/shared/DOMAIN.md: BambooHR's field list,
// HiBob's API docs, Lattice's Rippling import help, Personio's v1 employee attributes).

export const IMPORT_FIELDS = [
  "employeeId",
  "email",
  "name",
  "firstName",
  "lastName",
  "title",
  "manager",
  "team",
  "location",
  "region",
  "originCompany",
  "startDate",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The header line of Pillars' own template (the file the UI offers for download). */
export const TEMPLATE_HEADERS = ["employee_id", "email", "name", "title", "manager", "team", "location", "region", "origin_company", "start_date"] as const;

export type PresetKey = "pillars" | "bamboohr" | "workday" | "hibob" | "rippling" | "personio";
type Preset = { label: string; columns: Partial<Record<ImportField, string[]>> };

/** Headers per source, most specific first: when a file has two columns for a field, the first non-empty value wins. */
export const HEADER_PRESETS: Record<PresetKey, Preset> = {
  pillars: {
    label: "Pillars template",
    columns: {
      employeeId: ["employee_id"],
      email: ["email"],
      name: ["name"],
      title: ["title"],
      manager: ["manager"],
      team: ["team"],
      location: ["location"],
      region: ["region"],
      originCompany: ["origin_company"],
      startDate: ["start_date"],
    },
  },
  bamboohr: {
    label: "BambooHR",
    columns: {
      // `employeeNumber` is the company's own number; `id` is BambooHR's internal one.
      employeeId: ["employeeNumber", "id"],
      email: ["workEmail"],
      name: ["displayName"],
      firstName: ["firstName"],
      lastName: ["lastName"],
      title: ["jobTitle"],
      manager: ["supervisorEId", "supervisorEmail"],
      team: ["department", "division"],
      location: ["location"],
      startDate: ["hireDate"],
    },
  },
  workday: {
    label: "Workday",
    columns: {
      employeeId: ["workerID"],
      email: ["primaryWorkEmail"],
      name: ["descriptor"],
      title: ["businessTitle"],
      // Workday names a supervisory organisation, not a person: it maps to the team.
      team: ["supervisoryOrganization", "primary supervisory organization"],
      location: ["location"],
      startDate: ["hireDate"],
    },
  },
  hibob: {
    label: "HiBob",
    columns: {
      employeeId: ["work.employeeIdInCompany", "root.id"],
      email: ["root.email"],
      name: ["root.displayName"],
      firstName: ["root.firstName"],
      lastName: ["root.surname"],
      title: ["work.title"],
      manager: ["work.reportsTo"],
      team: ["work.department"],
      location: ["work.site"],
      startDate: ["work.startDate"],
    },
  },
  rippling: {
    label: "Rippling",
    columns: {
      email: ["Work email"],
      firstName: ["Legal first name"],
      lastName: ["Legal last name"],
      title: ["Title"],
      manager: ["Manager - Work email"],
      team: ["Department"],
      startDate: ["Start date"],
    },
  },
  personio: {
    label: "Personio",
    columns: {
      employeeId: ["id"],
      email: ["email"],
      firstName: ["first_name"],
      lastName: ["last_name"],
      title: ["position"],
      manager: ["supervisor"],
      team: ["department"],
      location: ["office"],
      startDate: ["hire_date"],
    },
  },
};

/** Common spellings no vendor owns; tried after the presets. */
const GENERIC: Partial<Record<ImportField, string[]>> = {
  employeeId: ["employee number", "employee no", "worker id", "staff id"],
  email: ["work email", "email address", "work email address"],
  name: ["full name", "employee name", "display name"],
  firstName: ["first name", "given name"],
  lastName: ["last name", "surname", "family name"],
  title: ["job title", "position title"],
  manager: ["manager id", "manager employee id", "manager email", "line manager", "reports to", "supervisor id", "supervisor email"],
  team: ["department", "team name"],
  location: ["office", "site", "work location"],
  originCompany: ["origin company", "acquired from", "legacy company"],
  startDate: ["hire date", "start date", "date of joining", "original hire date"],
};

export const normaliseHeader = (header: string) => header.trim().toLowerCase().replace(/[\s_-]+/g, "");

/** Every accepted header per field, normalised, in the order they are preferred. */
export const FIELD_ALIASES: Record<ImportField, string[]> = Object.fromEntries(
  IMPORT_FIELDS.map((field) => {
    const sources = [...Object.values(HEADER_PRESETS).map((preset) => preset.columns[field] ?? []), GENERIC[field] ?? []];
    return [field, [...new Set(sources.flat().map(normaliseHeader))]];
  }),
) as Record<ImportField, string[]>;
