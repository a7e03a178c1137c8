// The driver adapter the wasm schema engine runs on: @prisma/adapter-pg, plus
// the fixes it needs for migrations (see the notes on each function).
import { randomUUID } from 'node:crypto'
import { createRequire } from 'node:module'

import { PrismaPg } from '@prisma/adapter-pg'
import pg from 'pg'

import { logLine } from './log.mjs'

// driver-adapter-utils is adapter-pg's own dependency, not ours: resolve it
// from adapter-pg so we always get the copy adapter-pg itself uses.
const adapterRequire = createRequire(import.meta.resolve('@prisma/adapter-pg'))
const { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } = adapterRequire('@prisma/driver-adapter-utils')

const PG_CHAR_OID = 18 // Postgres's internal one-byte `"char"` type
const PG_TEXT_OID = 25

/**
 * Splits a Prisma-style Postgres URL into a pg connection string (without the
 * Prisma-only `schema` parameter) and the schema name.
 */
export function parsePostgresUrl(url) {
  let parsed
  try {
    parsed = new URL(url)
  } catch {
    throw new Error('The datasource URL is not a valid URL.')
  }
  if (!['postgres:', 'postgresql:'].includes(parsed.protocol)) {
    throw new Error(`Only postgres:// and postgresql:// URLs are supported, got ${parsed.protocol}//`)
  }
  const schema = parsed.searchParams.get('schema') ?? undefined
  parsed.searchParams.delete('schema')
  return { connectionString: parsed.toString(), schema, database: decodeURIComponent(parsed.pathname.slice(1)) }
}

/** The same URL pointing at another database on the same server. */
export function withDatabase(connectionString, database) {
  const parsed = new URL(connectionString)
  parsed.pathname = `/${encodeURIComponent(database)}`
  return parsed.toString()
}

/**
 * The engine reports database errors by adapter-pg's error kind only
 * ("No such table: x"); keep Postgres's own code and message so the RPC layer
 * can show them, like the native engine does.
 */
let lastDatabaseError
export const takeLastDatabaseError = () => {
  const error = lastDatabaseError
  lastDatabaseError = undefined
  return error
}
function recordDatabaseError(error) {
  const { originalCode, originalMessage } = error?.cause ?? {}
  if (originalMessage) lastDatabaseError = { code: originalCode, message: originalMessage }
  throw error
}

/**
 * Patches adapter-pg's PgQueryable, the shared base of the adapter and its
 * transactions. It is not exported, so reach it through an instance's
 * prototype chain; patch once per process.
 *
 * - adapter-pg throws "Unsupported column type char" for Postgres's internal
 *   `"char"` columns (pg_constraint.contype, pg_class.relkind, ...), which the
 *   engine's introspection reads, and the engine wants them as Character
 *   values ("Getting constraint_type ... as char failed" otherwise). So read
 *   them as text and report the column as Character.
 * - Database errors are recorded for error messages (recordDatabaseError).
 */
function patchQueryable(adapter) {
  const queryable = Object.getPrototypeOf(Object.getPrototypeOf(adapter))
  if (queryable.patchedForSchemaEngine) return
  queryable.patchedForSchemaEngine = true

  const { performIO, queryRaw } = queryable
  queryable.performIO = function (query) {
    return performIO.call(this, query).catch(recordDatabaseError)
  }
  queryable.queryRaw = async function (query) {
    const charColumns = []
    // A per-call view of `this` whose performIO hides "char" from adapter-pg.
    const self = Object.create(this, {
      performIO: {
        value: async (q) => {
          const result = await this.performIO(q)
          result.fields.forEach((field, index) => {
            if (field.dataTypeID !== PG_CHAR_OID) return
            charColumns.push(index)
            field.dataTypeID = PG_TEXT_OID
          })
          return result
        },
      },
    })
    const result = await queryRaw.call(self, query)
    for (const index of charColumns) result.columnTypes[index] = ColumnTypeEnum.Character
    return result
  }
}

/**
 * adapter-pg's executeScript splits the script on every `;` and sends each
 * piece through the pool, so a migration's `BEGIN; ...; COMMIT;` or a `;`
 * inside a string or function body would break. Send the whole script as one
 * simple-protocol query instead, like the native engine does.
 */
function patchExecuteScript(adapter) {
  adapter.executeScript = async function (script) {
    try {
      await this.client.query(script)
    } catch (error) {
      try {
        this.onError(error)
      } catch (adapterError) {
        recordDatabaseError(adapterError)
      }
    }
  }
}

async function connectAdapter(connectionString, schema) {
  const adapter = await new PrismaPg({ connectionString }, schema ? { schema } : undefined).connect()
  patchQueryable(adapter)
  patchExecuteScript(adapter)
  return adapter
}

/** Runs one statement on a short-lived connection of its own. */
async function runOnce(connectionString, sql) {
  const client = new pg.Client({ connectionString })
  await client.connect()
  try {
    return await client.query(sql)
  } finally {
    await client.end()
  }
}

// Drop functions of temporary shadow databases the engine has not disposed
// of yet, so none are left behind if the engine stops midway.
const undisposedShadowDbs = new Set()
export async function dropUndisposedShadowDbs() {
  for (const drop of [...undisposedShadowDbs]) await drop().catch(() => {})
}

/**
 * A SqlMigrationAwareDriverAdapterFactory for the wasm engine.
 *
 * We don't use PrismaPg.connectToShadowDb(): it spreads `{ connectionString,
 * database }` into the pool config and pg lets the connection string win, so
 * its "shadow" database is the main one (which the engine then wipes); and it
 * drops the database before closing the pool, which Postgres refuses.
 */
class MigrationAdapterFactory {
  provider = 'postgres'
  adapterName = '@prisma/adapter-pg'

  constructor({ url, shadowDatabaseUrl } = {}) {
    // Without a URL, connect() throws a clear error (the wasm engine connects
    // as soon as it starts, even for commands that need no database).
    this.main = url ? parsePostgresUrl(url) : undefined
    this.shadow = shadowDatabaseUrl ? parsePostgresUrl(shadowDatabaseUrl) : undefined
    if (this.shadow && this.shadow.connectionString === this.main?.connectionString) {
      throw new Error('The shadow database URL is the same as the main database URL. Use a different database for the shadow database.')
    }
  }

  requireMain() {
    if (!this.main) throw new Error('No datasource URL: set datasource.url in prisma.config.ts.')
    return this.main
  }

  connect() {
    const { connectionString, schema } = this.requireMain()
    return connectAdapter(connectionString, schema)
  }

  /** `datasource.shadowDatabaseUrl`: reused between runs, so wiped before each use. */
  async connectToExplicitShadowDb() {
    const adapter = await connectAdapter(this.shadow.connectionString, this.shadow.schema)
    try {
      // Make sure we are about to wipe the database the URL names, not a
      // server's default one (PGlite's socket server ignores database names).
      const { rows } = await adapter.client.query('SELECT current_database() AS db')
      if (this.shadow.database && rows[0]?.db !== this.shadow.database) {
        throw new Error(
          `The shadow database URL names database "${this.shadow.database}", but the server connected to "${rows[0]?.db}". Refusing to wipe it.`,
        )
      }
      await adapter.client.query(WIPE_DATABASE_SQL)
      logLine('INFO', { message: `Wiped shadow database ${rows[0]?.db}` }, 'schema_engine_shim')
      return adapter
    } catch (error) {
      await adapter.dispose().catch(() => {})
      throw error
    }
  }

  async connectToShadowDb() {
    if (this.shadow) return this.connectToExplicitShadowDb()

    // Otherwise: a throwaway database next to the main one, dropped on dispose.
    this.requireMain()
    const name = `prisma_migrate_shadow_db_${randomUUID()}`
    await runOnce(this.main.connectionString, `CREATE DATABASE "${name}"`)
    logLine('INFO', { message: `Created shadow database ${name}` }, 'schema_engine_shim')
    const connectionString = withDatabase(this.main.connectionString, name)
    const dropShadowDb = async () => {
      undisposedShadowDbs.delete(dropShadowDb)
      await runOnce(this.main.connectionString, `DROP DATABASE IF EXISTS "${name}"`)
      logLine('INFO', { message: `Dropped shadow database ${name}` }, 'schema_engine_shim')
    }
    undisposedShadowDbs.add(dropShadowDb)

    let adapter
    try {
      adapter = await connectAdapter(connectionString, this.main.schema)
      // Servers that ignore the database name (PGlite's socket server serves
      // one database whatever is asked) would hand us the main database, and
      // the engine would wipe it. Refuse rather than lose data.
      const { rows } = await adapter.client.query('SELECT current_database() AS db')
      if (rows[0]?.db !== name) {
        throw new Error(
          `This server did not switch to the temporary shadow database "${name}" (got "${rows[0]?.db}"). ` +
            'Set datasource.shadowDatabaseUrl in prisma.config.ts to a separate, empty database.',
        )
      }
    } catch (error) {
      if (adapter) await adapter.dispose().catch(() => {})
      await dropShadowDb().catch(() => {})
      throw error
    }

    // Close the shadow pool first: Postgres won't drop a database that still
    // has sessions ("being accessed by other users").
    const dispose = adapter.dispose.bind(adapter)
    adapter.dispose = async () => {
      await dispose()
      await dropShadowDb()
    }
    return adapter
  }
}

/**
 * Empties a database: drops every user schema and recreates `public`. The
 * native engine resets an explicit shadow database before each use; the wasm
 * engine leaves that to us ("type ... already exists" on the second run).
 */
const WIPE_DATABASE_SQL = `DO $$
DECLARE s text;
BEGIN
  FOR s IN SELECT nspname FROM pg_namespace
           WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s);
  END LOOP;
  CREATE SCHEMA public;
END $$`

/** The factory, wrapped the way the wasm engine expects (errors as values). */
export function createAdapterFactory(datasource) {
  return bindMigrationAwareSqlAdapterFactory(new MigrationAdapterFactory(datasource))
}
