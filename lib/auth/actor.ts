import type { Role } from "@/lib/generated/prisma/enums";

/** The signed-in user as every domain function receives it (loaded fresh on each request). */
export type Actor = {
  userId: number;
  email: string;
  name: string;
  roles: Role[];
  /** The Person this login is linked to; null means an empty reporting scope. */
  personId: number | null;
};
