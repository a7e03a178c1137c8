import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";

// What each role may do, as data. Roles decide actions; the reporting tree decides whom
// (lib/auth/scope.ts). A user holding several roles may do what any of them may.

export const PERMISSIONS = {
  "people:read": ["ADMIN", "VPE", "DIRECTOR", "MANAGER", "HR_PARTNER"],
  "people:write": ["ADMIN", "HR_PARTNER"],
  "checkin:read": ["VPE", "DIRECTOR", "MANAGER", "HR_PARTNER"],
  "checkin:write": ["VPE", "DIRECTOR", "MANAGER"],
  "template:write": ["VPE"],
  "assessment:read": ["VPE", "DIRECTOR", "MANAGER", "HR_PARTNER"],
  "assessment:write": ["VPE", "DIRECTOR", "MANAGER"],
  "risk:read": ["VPE", "DIRECTOR", "MANAGER", "HR_PARTNER"],
  "risk:write": ["VPE", "DIRECTOR", "MANAGER", "HR_PARTNER"],
  "departure:read": ["VPE", "DIRECTOR", "MANAGER", "HR_PARTNER"],
  "departure:write": ["VPE", "HR_PARTNER"],
  "framework:write": ["VPE", "ADMIN"],
  /** Team flow metrics (quality pillar) and learning and experiments (skills pillar). */
  "quality:read": ["VPE", "DIRECTOR", "MANAGER", "HR_PARTNER"],
  "quality:write": ["VPE", "DIRECTOR", "MANAGER"],
  "skills:read": ["VPE", "DIRECTOR", "MANAGER", "HR_PARTNER"],
  "skills:write": ["VPE", "DIRECTOR", "MANAGER"],
  "dashboard:read": ["VPE", "DIRECTOR", "HR_PARTNER"],
  "report:read": ["VPE", "DIRECTOR"],
  "user:manage": ["ADMIN"],
  "org:manage": ["ADMIN"],
  "audit:read": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}

/**
 * Guards an action. Refuses with NOT_FOUND rather than FORBIDDEN: a caller without the
 * permission learns nothing about whether the record exists.
 */
export function requirePermission(actor: { roles: readonly Role[] }, permission: Permission): void {
  if (!can(actor.roles, permission)) throw new AppError("NOT_FOUND", "Not found");
}
