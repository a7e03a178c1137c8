import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";

/**
 * A person named in a form by work email or employee id (people type what they know, and a
 * select of thousands helps nobody). Unknown → a field error on `field`.
 */
export async function resolvePersonRef(tx: Prisma.TransactionClient, ref: string, field: string): Promise<{ id: number; userId: number | null }> {
  const person = await tx.person.findFirst({
    where: { erasedAt: null, OR: [{ email: ref.toLowerCase() }, { employeeId: ref }] },
    select: { id: true, user: { select: { id: true } } },
  });
  if (!person) throw new AppError("UNPROCESSABLE", "Some fields need attention.", { [field]: ["No person with this email or employee id"] });
  return { id: person.id, userId: person.user?.id ?? null };
}
