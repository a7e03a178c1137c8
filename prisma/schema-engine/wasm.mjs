// Loads @prisma/schema-engine-wasm without a bundler.
//
// The package's main entry does `import * as wasm from "./schema_engine_bg.wasm"`,
// which plain Node cannot import (it would need --experimental-wasm-modules).
// So, like Prisma's own loader in @prisma/internals, we import the JS glue
// (`schema_engine_bg.js`), instantiate the .wasm ourselves and hand the exports
// back to the glue.
import { readFileSync } from 'node:fs'

// The glue reports Rust panics through this global (see `__wbg_set_message_*`
// in schema_engine_bg.js); without it a panic becomes a TypeError instead.
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
  message: '',
  get() {
    return this.message
  },
  set_message(message) {
    this.message = `RuntimeError: ${message}`
  },
}

let engineClass

/** @returns {Promise<typeof import('@prisma/schema-engine-wasm').SchemaEngine>} */
export async function loadSchemaEngineClass() {
  if (engineClass) return engineClass
  const glueUrl = import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg')
  const glue = await import(glueUrl)
  const wasmModule = new WebAssembly.Module(readFileSync(new URL('schema_engine_bg.wasm', glueUrl)))
  const instance = new WebAssembly.Instance(wasmModule, { './schema_engine_bg.js': glue })
  glue.__wbg_set_wasm(instance.exports)
  instance.exports.__wbindgen_start()
  engineClass = glue.SchemaEngine
  engineClass.wasmVersion = glue.version()
  return engineClass
}

/** Message of the last Rust panic, if any. */
export function lastPanicMessage() {
  return globalThis.PRISMA_WASM_PANIC_REGISTRY.get()
}
