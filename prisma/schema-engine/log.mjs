// The engine's stderr is JSON lines, like the native engine's tracing output:
// the CLI parses them (fields.message, and fields.error_code on ERROR lines)
// for its error messages, and prints them with DEBUG=prisma:schemaEngine*.
export function logLine(level, fields, target = 'schema_engine::logger') {
  process.stderr.write(`${JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target })}\n`)
}
