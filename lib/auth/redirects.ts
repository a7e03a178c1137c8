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

/** Where a user lands after sign-in. Admins without another role go straight to user admin. */
export function landingPath(actor: Pick<Actor, "roles">): string {
  return actor.roles.length > 0 && actor.roles.every((role) => role === "ADMIN") ? "/admin/users" : "/";
}
