import { z } from "zod";

// One schema per admin form, shared by the form and the server action.

export const ROLES = ["ADMIN", "VPE", "DIRECTOR", "MANAGER", "HR_PARTNER"] as const;

export const ROLE_LABEL: Record<(typeof ROLES)[number], string> = {
  ADMIN: "Admin",
  VPE: "VP of Engineering",
  DIRECTOR: "Director",
  MANAGER: "Manager",
  HR_PARTNER: "HR partner",
};

const ZRoles = z.array(z.enum(ROLES, { error: "Unknown role" })).min(1, "Choose at least one role").transform((roles) => [...new Set(roles)]);
const ZName = z.string().trim().min(1, "Enter a name").max(200, "At most 200 characters");
/** The person a login belongs to, by work email or employee id; empty for none. */
const ZPersonRef = z.string().trim().max(200, "At most 200 characters").optional().transform((value) => value || null);

export const ZInviteUser = z.object({
  email: z.string().trim().toLowerCase().max(320, "At most 320 characters").pipe(z.email("Enter a valid email address")),
  name: ZName,
  roles: ZRoles,
  person: ZPersonRef,
});
export type TInviteUser = z.infer<typeof ZInviteUser>;

export const ZUpdateUser = z.object({
  userId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  name: ZName,
  roles: ZRoles,
  person: ZPersonRef,
  active: z.boolean(),
});
export type TUpdateUser = z.infer<typeof ZUpdateUser>;

export const ZUserId = z.object({ userId: z.coerce.number().int().positive() });
