import { z } from "zod";

/** Filters of the audit log screen, read from the URL (bad values are dropped, never trusted). */
export const ZAuditFilters = z.object({
  action: z.string().trim().max(100).optional().catch(undefined),
  entityType: z.string().trim().max(100).optional().catch(undefined),
  actor: z.string().trim().max(320).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  before: z.coerce.bigint().positive().optional().catch(undefined),
});
export type TAuditFilters = z.infer<typeof ZAuditFilters>;
