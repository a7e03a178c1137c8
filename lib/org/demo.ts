import { env } from "@/lib/env";
import { getOrganization } from "./queries";

/** The demo banner shows on the embedded database and on any database holding demo data. */
export async function isDemoInstall(): Promise<boolean> {
  if (env().PILLARS_EMBEDDED === "1") return true;
  return Boolean((await getOrganization())?.isDemo);
}
