import type { Actor } from "./actor";

/**
 * Only same-site paths: a sign-in link can never send someone to another site. The value is
 * resolved the way a browser would (which drops tabs and newlines, so "/\t/evil.example" means
 * "//evil.example"); anything that lands on another origin, or holds control characters or
 * backslashes, becomes "/".
 */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(value)) return "/";
  const base = "http://pillars.invalid";
  const url = new URL(value, base);
  if (url.origin !== base) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Where a user lands after sign-in (DESIGN.md, "Screens"): admins without another role go to
 * user admin, managers (without a wider role) to their check-ins, everyone else to the overview.
 */
export function landingPath(actor: Pick<Actor, "roles">): string {
  const roles = new Set(actor.roles);
  if (roles.size > 0 && [...roles].every((role) => role === "ADMIN")) return "/admin/users";
  if (roles.has("MANAGER") && !roles.has("VPE") && !roles.has("DIRECTOR") && !roles.has("HR_PARTNER")) return "/check-ins";
  return "/";
}
