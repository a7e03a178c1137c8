import { readdirSync } from "node:fs";
import path from "node:path";

// Every page and route handler of the app, read from the app/ folder itself, so a new route
// without an entry in the authorization matrix makes the matrix test fail.

export type AppRoute = { pattern: string; kind: "page" | "route" };

export function appRoutes(appDir = path.resolve(import.meta.dirname, "../../../app")): AppRoute[] {
  const routes: AppRoute[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        // Route groups "(app)" and private folders "_x" do not appear in URLs.
        const urlSegments = /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name];
        if (!entry.name.startsWith("_")) walk(path.join(dir, entry.name), urlSegments);
      } else if (/^page\.(t|j)sx?$/.test(entry.name)) {
        routes.push({ pattern: `/${segments.join("/")}`, kind: "page" });
      } else if (/^route\.(t|j)s$/.test(entry.name)) {
        routes.push({ pattern: `/${segments.join("/")}`, kind: "route" });
      }
    }
  };
  walk(appDir, []);
  return routes.sort((a, b) => a.pattern.localeCompare(b.pattern));
}
