import { formerEmployeeName } from "./scrub";
import type { AuditedRecords, ErasureContext } from "./types";

// The person's identity: the Person row keeps its figures and its place in the tree (dates,
// region, manager, team), and loses everything that names or describes them. Their login, if
// any, is closed for good and renamed, because authorship everywhere is shown through it.

/** Person fields that identify without being a name or email; cleared in audit payloads too. */
const IDENTIFYING_PERSON_FIELDS = ["employeeId", "email", "title", "location", "originCompany"] as const;

export type ErasedIdentity = {
  /** Every name and email the person was known by, for rewriting reports and the audit log. */
  formerNames: string[];
  /** The linked login, whose own audit events lose their client address. */
  userId: number | null;
  audited: AuditedRecords[];
};

export async function eraseIdentity(
  { tx, personId, now }: ErasureContext,
  person: { name: string; email: string | null },
): Promise<ErasedIdentity> {
  const replacement = formerEmployeeName(personId);
  await tx.person.update({
    where: { id: personId },
    data: {
      name: replacement,
      ...Object.fromEntries(IDENTIFYING_PERSON_FIELDS.map((field) => [field, null])),
      erasedAt: now,
      version: { increment: 1 },
    },
  });

  const user = await tx.user.findUnique({ where: { personId }, select: { id: true, name: true, email: true } });
  if (user) {
    // Email is unique and required: a per-user address on the reserved `.invalid` domain.
    await tx.user.update({
      where: { id: user.id },
      data: {
        email: `erased-user-${user.id}@invalid`,
        name: replacement,
        passwordHash: null,
        active: false,
        sessionVersion: { increment: 1 },
        version: { increment: 1 },
      },
    });
    await tx.userToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
  }

  // Failed sign-ins are throttled under "account:<email>": that key is the email itself.
  const emails = [person.email, user?.email].filter((email): email is string => Boolean(email));
  await tx.signInThrottle.deleteMany({ where: { key: { in: emails.map((email) => `account:${email.trim().toLowerCase()}`) } } });

  return {
    formerNames: [person.name, person.email, user?.name, user?.email].filter((name): name is string => Boolean(name)),
    userId: user?.id ?? null,
    audited: [{ entityType: "Person", ids: [personId], fields: IDENTIFYING_PERSON_FIELDS }],
  };
}
