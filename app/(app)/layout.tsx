import type { ReactNode } from "react";
import { QueryProvider } from "@/components/providers/query-provider";
import { AppShell } from "@/components/shell/app-shell";
import { requireActor } from "@/lib/auth/session";
import { navigationFor } from "@/lib/navigation";
import { isDemoInstall } from "@/lib/org/demo";
import { getOrganization } from "@/lib/org/queries";

export const dynamic = "force-dynamic";

/** Every page of the app requires sign-in; each page still checks its own permission. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const org = await getOrganization();
  return (
    <AppShell
      orgName={org?.name ?? null}
      navigation={navigationFor(actor.roles, actor.personId !== null)}
      showDemoBanner={await isDemoInstall()}
      user={{ name: actor.name, roles: actor.roles }}
    >
      <QueryProvider>{children}</QueryProvider>
    </AppShell>
  );
}
