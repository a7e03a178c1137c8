// `schema-engine cli <command>`: the one-shot commands the Prisma CLI runs
// before it starts the JSON-RPC engine (e.g. `migrate dev` checks that the
// database exists, and creates it when the answer is P1003).
//
// Protocol, as read from the CLI: failures exit non-zero and write JSON log
// lines to stderr; the CLI skips the first stderr line, then looks for a line
// with level ERROR, target "schema_engine::logger" and fields
// { error_code, message }.
import pg from 'pg'

import { parsePostgresUrl, withDatabase } from './adapter.mjs'
import { logLine } from './log.mjs'

/** Maps a pg connection error to the Prisma error the CLI understands. */
function toUserFacingError(error, url) {
  const { hostname, port } = new URL(url)
  const where = `${hostname}:${port || 5432}`
  const database = parsePostgresUrl(url).database
  // `localhost` may resolve to several addresses; Node then throws an
  // AggregateError whose own code is unset.
  switch (error.code ?? error.errors?.[0]?.code) {
    case '3D000':
      return { error_code: 'P1003', message: `Database \`${database}\` does not exist on the database server at \`${where}\`.` }
    case '28P01':
    case '28000':
      return { error_code: 'P1000', message: `Authentication failed against database server at \`${where}\`, the provided database credentials are not valid.` }
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
    case 'ECONNRESET':
      return { error_code: 'P1001', message: `Can't reach database server at \`${where}\`\n\nPlease make sure your database server is running at \`${where}\`.` }
    default:
      return { message: error.message }
  }
}

async function query(connectionString, sql) {
  const client = new pg.Client({ connectionString })
  try {
    await client.connect()
    return await client.query(sql)
  } finally {
    await client.end().catch(() => {})
  }
}

/** Runs `sql` from the server's maintenance database ("postgres", else "template1"). */
async function queryMaintenanceDb(connectionString, sql) {
  try {
    return await query(withDatabase(connectionString, 'postgres'), sql)
  } catch (error) {
    if (error.code !== '3D000') throw error
    return await query(withDatabase(connectionString, 'template1'), sql)
  }
}

const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`

/** Creates the database a parsed URL points at (also the `createDatabase` RPC). */
export async function createDatabase({ connectionString, database }) {
  await queryMaintenanceDb(connectionString, `CREATE DATABASE ${quoteIdent(database)}`)
  return { databaseName: database }
}

const commands = {
  'can-connect-to-database': async ({ connectionString }) => {
    await query(connectionString, 'SELECT 1')
  },
  'create-database': async (target) => {
    await createDatabase(target)
    process.stdout.write(`Database '${target.database}' was successfully created.\n`)
  },
  'drop-database': async ({ connectionString, database }) => {
    await queryMaintenanceDb(connectionString, `DROP DATABASE ${quoteIdent(database)}`)
    process.stdout.write(`The database was successfully dropped.\n`)
  },
}

/** Returns the process exit code. */
export async function runCliCommand(name, datasource, gitHash) {
  // The CLI discards the first stderr line, so it must not be an error.
  logLine('INFO', { message: 'Starting schema engine CLI', git_hash: gitHash }, 'schema_engine_cli')
  const command = commands[name]
  if (!command) {
    logLine('ERROR', { message: `Unknown schema engine cli command: ${name}` })
    return 1
  }
  if (!datasource?.url) {
    logLine('ERROR', { message: 'No datasource URL was given (--datasource \'{"url": ...}\').' })
    return 1
  }
  let target
  try {
    target = parsePostgresUrl(datasource.url)
  } catch (error) {
    logLine('ERROR', { message: error.message })
    return 1
  }
  try {
    await command(target)
    return 0
  } catch (error) {
    logLine('ERROR', toUserFacingError(error, datasource.url))
    return 1
  }
}
