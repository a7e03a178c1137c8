"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/http/action";
import { requestContext } from "@/lib/http/request-context";
import { inviteUser, startPasswordReset, updateUser } from "@/lib/user-admin/mutations";
import { ZInviteUser, ZUpdateUser, ZUserId } from "@/lib/user-admin/schemas";
import { deliverInvitation, deliverPasswordReset } from "@/lib/users/deliver";

// Thin server actions: the wrapper authenticates and validates; the mutations authorize.

export type LinkResult = ActionResult & { link?: string };

function linkMessage(what: string, delivery: { link: string; emailed: boolean }): LinkResult {
  return delivery.emailed
    ? { ok: true, message: `${what} sent by email.` }
    : { ok: true, message: `Mail is not configured: send this ${what.toLowerCase()} link yourself. It works once.`, link: delivery.link };
}

export async function inviteUserAction(_previous: LinkResult | null, form: FormData): Promise<LinkResult> {
  let delivery: { link: string; emailed: boolean } | undefined;
  const result = await runAction(
    ZInviteUser,
    { email: form.get("email"), name: form.get("name"), roles: form.getAll("roles"), person: form.get("person") ?? undefined },
    async (actor, input) => {
      const request = await requestContext();
      const { userId } = await inviteUser({ actor, input, ip: request.ip });
      delivery = await deliverInvitation({ userId, invitedByName: actor.name, request: { ...request, actorId: actor.userId } });
    },
  );
  revalidatePath("/admin/users");
  return result.ok && delivery ? linkMessage("Invitation", delivery) : result;
}

export async function updateUserAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction(
    ZUpdateUser,
    {
      userId: form.get("userId"),
      version: form.get("version"),
      name: form.get("name"),
      roles: form.getAll("roles"),
      person: form.get("person") ?? undefined,
      active: form.get("active") === "on",
    },
    async (actor, input) => {
      await updateUser({ actor, input, ip: (await requestContext()).ip });
      return "Saved.";
    },
  );
  if (result.ok) revalidatePath("/admin/users");
  return result;
}

export async function sendPasswordResetAction(_previous: LinkResult | null, form: FormData): Promise<LinkResult> {
  let delivery: { link: string; emailed: boolean } | undefined;
  const result = await runAction(ZUserId, { userId: form.get("userId") }, async (actor, input) => {
    const request = await requestContext();
    await startPasswordReset({ actor, userId: input.userId, ip: request.ip });
    delivery = await deliverPasswordReset({ userId: input.userId, request: { ...request, actorId: actor.userId } });
  });
  return result.ok && delivery ? linkMessage("Password reset", delivery) : result;
}
