import { db } from "@/lib/db";

/** Teams for pickers: names only, which everyone who may edit people may see. */
export async function teamOptions() {
  return db().team.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
