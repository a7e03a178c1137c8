/** @type {import('next').NextConfig} */
const nextConfig = {
  // Standalone output keeps the Docker image small; `npm start` uses the normal server.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  // The browser tests build into their own folder so they never replace a build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["pino", "@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  typedRoutes: false,
  // Framework JSON uploads may be up to 2 MB (lib/frameworks/schemas.ts LIMITS), plus multipart overhead.
  experimental: { serverActions: { bodySizeLimit: "2100kb" } },
};

export default nextConfig;
