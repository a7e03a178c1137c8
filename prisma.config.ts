import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { defineConfig } from 'prisma/config'

const root = path.dirname(fileURLToPath(import.meta.url))

// Prisma 7 does not load .env by itself.
const envFile = path.join(root, '.env')
if (existsSync(envFile)) process.loadEnvFile(envFile)

// The CLI would download its native schema engine at first use, and that host
// is unreachable here. Use the wasm-based shim instead (prisma/schema-engine/).
// This file is loaded before the CLI resolves the engine, so setting it here is
// enough; an explicit PRISMA_SCHEMA_ENGINE_BINARY still wins.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(root, 'prisma/schema-engine/schema-engine')

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
    seed: 'tsx prisma/seed.ts',
  },
  datasource: {
    url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/pillars_dev',
  },
})
