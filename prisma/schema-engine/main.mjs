// Entry point of the schema-engine shim (see ./schema-engine and README.md).
//
// Command line, as spawned by the Prisma CLI:
//   schema-engine --version
//   schema-engine --datasource '{"url":...}' cli <can-connect-to-database|create-database|drop-database>
//   schema-engine [--datamodels <schema file>]... [--datasource '{"url":...,"shadowDatabaseUrl":...}']
//                 [--enabled-preview-features a,b] [--extension-types <json>]
//     -> JSON-RPC on stdin/stdout until stdin closes.
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { createAdapterFactory, dropUndisposedShadowDbs } from './adapter.mjs'
import { runCliCommand } from './cli-commands.mjs'
import { logLine } from './log.mjs'
import { serveJsonRpc } from './rpc.mjs'
import { loadSchemaEngineClass } from './wasm.mjs'

function parseArgs(argv) {
  const args = { datamodels: [], datasource: undefined, cli: undefined, version: false }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--version' || arg === '-V') args.version = true
    else if (arg === '--datamodels') args.datamodels.push(argv[++i])
    else if (arg === '--datasource') args.datasource = JSON.parse(argv[++i])
    else if (arg === '--enabled-preview-features' || arg === '--extension-types') i++ // nothing to do with them here
    else if (arg === 'cli') {
      args.cli = argv[++i]
      break
    } else throw new Error(`Unknown argument: ${arg}`)
  }
  return args
}

/** Exit once stdout has been flushed. */
const exit = (code) => process.stdout.write('', () => process.exit(code))

async function main() {
  const args = parseArgs(process.argv.slice(2))
  const SchemaEngine = await loadSchemaEngineClass()

  if (args.version) {
    process.stdout.write(`schema-engine-cli ${SchemaEngine.wasmVersion}\n`)
    return exit(0)
  }
  if (args.cli) return exit(await runCliCommand(args.cli, args.datasource, SchemaEngine.wasmVersion))

  const adapterFactory = createAdapterFactory(args.datasource)
  let enginePromise
  const getEngine = () =>
    (enginePromise ??= SchemaEngine.new(
      {
        // [path, content] pairs; undefined (not []) when there is no schema.
        datamodels: args.datamodels.length
          ? args.datamodels.map((file) => [file, readFileSync(path.resolve(file), 'utf8')])
          : undefined,
      },
      // The engine's tracing output, already JSON lines: forward to stderr,
      // where the CLI collects them for its error messages.
      (log) => process.stderr.write(`${String(log).trimEnd()}\n`),
      adapterFactory,
    ))

  await serveJsonRpc({ getEngine, adapterFactory, datasource: args.datasource })
  // stdin closed: the CLI is done with us. Pools may still hold idle
  // connections, so exit explicitly instead of waiting for them.
  await dropUndisposedShadowDbs()
  exit(0)
}

main().catch((error) => {
  logLine('ERROR', { message: error?.message ?? String(error) })
  exit(1)
})
