// The JSON-RPC side of the shim: one JSON object per line on stdin/stdout,
// as the Prisma CLI's SchemaEngineCLI class speaks it.
import { createInterface } from 'node:readline'

import { createDatabase } from './cli-commands.mjs'
import { dropUndisposedShadowDbs, parsePostgresUrl, takeLastDatabaseError } from './adapter.mjs'
import { logLine } from './log.mjs'
import { lastPanicMessage } from './wasm.mjs'

const FILTERS_NONE = { externalTables: [], externalEnums: [] }

const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`)

/** wasm error messages end with a span trace ("   0: schema_commands::..."); users don't need it. */
function withoutSpanTrace(message) {
  const lines = String(message ?? '').split('\n')
  const traceStart = lines.findIndex((line) => /^\s+\d+: \S/.test(line))
  return (traceStart === -1 ? lines : lines.slice(0, traceStart)).join('\n').trimEnd()
}

const isPanic = (error) => error instanceof WebAssembly.RuntimeError || error?.name === 'RuntimeError'

/** Shapes an engine error the way the CLI reads it (error.data.{is_panic,message,error_code}). */
function toRpcError(error, errorRegistry) {
  if (isPanic(error)) {
    const message = lastPanicMessage() || String(error?.message ?? error)
    return { code: 4466, message, data: { is_panic: true, message: error?.stack ?? message, error: { message } } }
  }
  const fullMessage = String(error?.message ?? error)
  let message = withoutSpanTrace(fullMessage)
  // Errors thrown by JS code under the adapter reach the engine as
  // { kind: "GenericJs", id } ("External error id#0"); show the original.
  const generic = /External error id#(\d+)/.exec(message)
  const original = generic && errorRegistry?.consumeError(Number(generic[1]))?.error
  if (original) message = message.replace(generic[0], original.message ?? String(original))
  // Add what the native engine would say about a failed migration.
  const migration = /migration_name="([^"]+)"/.exec(fullMessage)?.[1]
  const dbError = takeLastDatabaseError()
  if (migration) message += `\n\nMigration name: ${migration}`
  if (dbError && !message.includes(dbError.message)) {
    message += `\n\nDatabase error code: ${dbError.code}\n\nDatabase error:\n${dbError.message}`
  }
  const errorCode = typeof error?.code === 'string' && /^P\d{4}$/.test(error.code) ? error.code : undefined
  return {
    code: 4466,
    message: 'An error happened. Check the data field for details.',
    data: { is_panic: false, message, meta: error?.meta ?? null, error_code: errorCode },
  }
}

/**
 * Serves JSON-RPC until stdin closes. `getEngine()` returns the wasm engine
 * (created on first use); `adapterFactory` is the factory it runs on.
 */
export function serveJsonRpc({ getEngine, adapterFactory, datasource }) {
  const pendingPrints = new Map()
  let nextPrintId = 1
  // The wasm engine only wires up its external shadow database factory in
  // devDiagnostic, and applyMigrations/reset drop that wiring again; then
  // evaluateDataLoss and createMigration fail with "PostgreSQL shadow DB must
  // be provided through an external factory". The CLI's `migrate dev` does
  // devDiagnostic -> [reset] -> [applyMigrations] -> evaluateDataLoss ->
  // createMigration, so re-run devDiagnostic (result unused) when needed.
  let shadowDbWired = false
  const keepsShadowDbWiring = new Set(['devDiagnostic', 'evaluateDataLoss', 'createMigration', 'getDatabaseVersion', 'version'])
  async function ensureShadowDbWiring(engine, { migrationsList, filters = FILTERS_NONE }) {
    if (shadowDbWired) return
    // If this fails, let the real call report its own error.
    await engine.devDiagnostic({ migrationsList, filters }).catch(() => {})
  }

  /** Engine -> CLI request: the CLI prints `content` and answers with {}. */
  const print = (content) =>
    new Promise((resolve) => {
      const id = `print-${nextPrintId++}`
      pendingPrints.set(id, resolve)
      send({ jsonrpc: '2.0', id, method: 'print', params: { content } })
    })

  const handlers = {
    async diff(engine, params) {
      // The wasm engine returns the diff as `stdout`; the native engine sends
      // it as a `print` request instead, which is what the CLI expects.
      const { stdout, ...rest } = await engine.diff(params)
      if (stdout) await print(stdout.replace(/\n$/, ''))
      return rest
    },
    evaluateDataLoss: async (engine, params) => {
      await ensureShadowDbWiring(engine, params)
      return engine.evaluateDataLoss(params)
    },
    createMigration: async (engine, params) => {
      await ensureShadowDbWiring(engine, params)
      return engine.createMigration(params)
    },
    getDatabaseVersion: (engine, params) => engine.version(params ?? null),
    async createDatabase(_engine, params) {
      const url = params?.datasource?.tag === 'ConnectionString' ? params.datasource.url : datasource?.url
      if (!url) throw new Error('No datasource URL to create a database from.')
      return createDatabase(parsePostgresUrl(url))
    },
    getDatabaseDescription() {
      throw new Error('getDatabaseDescription is not supported by the wasm schema engine.')
    },
    debugPanic(engine) {
      engine.debugPanic()
    },
  }

  // After a Rust panic the engine is unusable: answer the request in flight
  // and exit with 101, like the native engine. A panic inside an async engine
  // call surfaces as an uncaught RuntimeError, not as a rejected promise.
  let inFlightId
  let dead = false
  const onFatal = (error) => {
    if (dead) return
    dead = true
    const rpcError = toRpcError(error, adapterFactory.errorRegistry)
    if (inFlightId !== undefined) send({ jsonrpc: '2.0', id: inFlightId, error: rpcError })
    logLine('ERROR', { message: rpcError.data.error?.message ?? rpcError.data.message, is_panic: rpcError.data.is_panic })
    dropUndisposedShadowDbs().finally(() => process.exit(101))
  }
  process.on('uncaughtException', onFatal)
  process.on('unhandledRejection', onFatal)

  async function handleRequest({ id, method, params }) {
    if (dead) return
    takeLastDatabaseError() // forget errors of earlier requests
    inFlightId = id
    try {
      const engine = await getEngine()
      let result
      if (handlers[method]) result = await handlers[method](engine, params)
      else if (typeof engine[method] === 'function' && method !== 'free') result = await engine[method](params)
      else {
        send({ jsonrpc: '2.0', id, error: { code: -32601, message: `Method not found: ${method}` } })
        return
      }
      shadowDbWired = keepsShadowDbWiring.has(method)
      send({ jsonrpc: '2.0', id, result: result ?? {} })
    } catch (error) {
      shadowDbWired = false
      if (isPanic(error)) return onFatal(error)
      send({ jsonrpc: '2.0', id, error: toRpcError(error, adapterFactory.errorRegistry) })
    } finally {
      inFlightId = undefined
    }
  }

  // Requests run one at a time, in order, like the native engine.
  let queue = Promise.resolve()
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })
  lines.on('line', (line) => {
    if (!line.trim()) return
    let message
    try {
      message = JSON.parse(line)
    } catch {
      send({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } })
      return
    }
    if (message.method === undefined) {
      // A response to one of our `print` requests.
      pendingPrints.get(message.id)?.()
      pendingPrints.delete(message.id)
      return
    }
    queue = queue.then(() => handleRequest(message))
  })

  return new Promise((resolve) =>
    lines.on('close', () => {
      // Nobody is left to answer our print requests.
      for (const done of pendingPrints.values()) done()
      pendingPrints.clear()
      queue.then(resolve)
    }),
  )
}
