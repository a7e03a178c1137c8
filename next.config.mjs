/** @type {import('next').NextConfig} */
const nextConfig = {
  // Standalone output keeps the Docker image small; `npm start` uses the normal server.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  // The browser tests build into their own folder so they never replace a build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // Compression belongs to the reverse proxy in front (nginx, Caddy, a load balancer): gzip in the
  // Node process costs about 2 ms of CPU per response, even for a 200-byte answer. Set
  // PILLARS_COMPRESS=1 when the app is served to browsers directly, with no proxy.
  compress: process.env.PILLARS_COMPRESS === "1",
  reactStrictMode: true,
  serverExternalPackages: ["pino", "@node-rs/argon2", "@electric-sql/pglite"],
  typedRoutes: false,
  // Framework JSON uploads may be up to 2 MB (lib/frameworks/schemas.ts LIMITS), plus multipart overhead.
  experimental: { serverActions: { bodySizeLimit: "2100kb" } },
};

export default nextConfig;
