import type { Actor } from "./actor";

/** Only same-site paths: a sign-in link can never send someone to another site. */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value;
}

/** Where a user lands after sign-in. Admins without another role go straight to user admin. */
export function landingPath(actor: Pick<Actor, "roles">): string {
  return actor.roles.length > 0 && actor.roles.every((role) => role === "ADMIN") ? "/admin/users" : "/";
}
