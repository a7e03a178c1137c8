import { notFound } from "next/navigation";
import type { Actor } from "./actor";
import { can, type Permission } from "./permissions";

/** For pages: a role without the permission gets the same 404 as a missing page. */
export function requirePagePermission(actor: Actor, permission: Permission): void {
  if (!can(actor.roles, permission)) notFound();
}
