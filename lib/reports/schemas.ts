import { z } from "zod";
import { ZDashboardFilters } from "@/lib/dashboard/filters";

// The reports page's forms, shared by the browser and the server. Whether the scope is one the
// actor may report on needs the database: lib/reports/mutations.ts checks it.

export const REPORT_FORMATS = ["pdf", "xlsx", "csv"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Asks for a report: a fiscal quarter ("FY2027-Q1", the dashboard's rule) and, optionally, the subtree below one person. */
export const ZRequestReport = z.object({
  quarter: z.string({ error: "Choose a quarter" }).trim().pipe(ZDashboardFilters.shape.quarter.unwrap()),
  scopePersonId: z.preprocess(
    (value) => (value === "" || value === null ? undefined : value),
    z.coerce.number({ error: "Choose a manager" }).int("Choose a manager").positive("Choose a manager").optional(),
  ),
});
export type TRequestReport = z.infer<typeof ZRequestReport>;

export const ZReportId = z.coerce.number({ error: "Not found" }).int("Not found").positive("Not found");

export const ZReportFormat = z.enum(REPORT_FORMATS, { error: "Choose PDF, XLSX or CSV" });
