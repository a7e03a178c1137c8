import Link from "next/link";
import type { ReactNode } from "react";
import type { NavItem } from "@/lib/navigation";
import { DemoBanner } from "./demo-banner";
import { NavLinks } from "./nav-links";
import { UserMenu } from "./user-menu";

type Props = {
  orgName: string | null;
  navigation: NavItem[];
  showDemoBanner: boolean;
  user: { name: string; roles: string[] };
  children: ReactNode;
};

/** Page frame shared by every screen: skip link, header with navigation, main landmark. */
export function AppShell({ orgName, navigation, showDemoBanner, user, children }: Props) {
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white">
        {showDemoBanner && <DemoBanner />}
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3">
          <Link href="/" className="flex min-w-0 items-baseline gap-2 rounded">
            <span className="text-lg font-bold tracking-tight text-brand-900">Pillars</span>
            {/* A long organisation name is cut short on a desktop so the navigation keeps one row. */}
            {orgName && <span className="truncate text-sm text-slate-600 sm:max-w-40" title={orgName}>{orgName}</span>}
          </Link>
          <NavLinks items={navigation} />
          <div className="ml-auto">
            <UserMenu name={user.name} roles={user.roles} />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white py-4 text-center text-xs text-slate-500">
        Pillars · self-hosted
      </footer>
    </div>
  );
}
