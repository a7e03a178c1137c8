import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { env } from "@/lib/env";
import { navigationFor } from "@/lib/navigation";
import { getOrganization } from "@/lib/org/queries";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const org = await getOrganization();
  return (
    <AppShell
      orgName={org?.name ?? null}
      navigation={navigationFor([])}
      showDemoBanner={env().PILLARS_EMBEDDED === "1" || Boolean(org?.isDemo)}
    >
      {children}
    </AppShell>
  );
}
