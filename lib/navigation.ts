import type { Role } from "@/lib/generated/prisma/enums";

// The app's navigation as data: an entry shows for a user holding any of its roles
// (`roles: "any"` for everyone). This only hides links; the server decides access.
// Features add their entry to NAV_ITEMS when their screen lands.

export type NavItem = { href: string; label: string; roles: readonly Role[] | "any" };

/** Shown to every user linked to a person, whatever their roles. */
export const MY_GROWTH: NavItem = { href: "/me", label: "My growth", roles: "any" };

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: "Dashboard", roles: ["VPE", "DIRECTOR", "HR_PARTNER"] },
  { href: "/check-ins", label: "Check-ins", roles: ["VPE", "DIRECTOR", "MANAGER"] },
  { href: "/risks", label: "Risks", roles: ["VPE", "DIRECTOR", "MANAGER", "HR_PARTNER"] },
  { href: "/departures", label: "Departures", roles: ["VPE", "DIRECTOR", "MANAGER", "HR_PARTNER"] },
  { href: "/quality", label: "Quality", roles: ["VPE", "DIRECTOR", "MANAGER", "HR_PARTNER"] },
  { href: "/skills", label: "Skills", roles: ["VPE", "DIRECTOR", "MANAGER", "HR_PARTNER"] },
  { href: "/reports", label: "Reports", roles: ["VPE", "DIRECTOR"] },
  { href: "/people", label: "People", roles: ["ADMIN", "VPE", "DIRECTOR", "MANAGER", "HR_PARTNER"] },
  { href: "/teams", label: "Teams", roles: ["ADMIN", "VPE", "DIRECTOR", "MANAGER", "HR_PARTNER"] },
  { href: "/frameworks", label: "Frameworks", roles: ["ADMIN", "VPE", "DIRECTOR", "MANAGER", "HR_PARTNER"] },
  { href: "/admin/users", label: "Users", roles: ["ADMIN"] },
  { href: "/admin/settings", label: "Settings", roles: ["ADMIN"] },
  { href: "/admin/audit", label: "Audit log", roles: ["ADMIN"] },
];

export function filterNavigation(items: readonly NavItem[], roles: readonly Role[]): NavItem[] {
  return items.filter((item) => item.roles === "any" || item.roles.some((role) => roles.includes(role)));
}

export function navigationFor(roles: readonly Role[], hasPerson = false): NavItem[] {
  return [...filterNavigation(NAV_ITEMS, roles), ...(hasPerson ? [MY_GROWTH] : [])];
}

/** The entry a path belongs to: the longest href that is the path or a parent of it ("/check-ins/templates/3" → Templates, not Check-ins). */
export function currentHref(items: readonly NavItem[], pathname: string): string | null {
  const matches = items.filter((item) => pathname === item.href || (item.href !== "/" && pathname.startsWith(`${item.href}/`)));
  return matches.sort((a, b) => b.href.length - a.href.length)[0]?.href ?? null;
}
