import { parse } from "pg-connection-string";

// Destructive tools (test suites that drop databases, the generator's --reset) run against a
// server on this machine only. The URL is parsed the way the driver parses it, so a `?host=`
// parameter cannot smuggle in another host.
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

export function isLocalDatabase(url: string): boolean {
  const host = parse(url).host ?? "";
  return LOCAL_HOSTS.has(host) || host.startsWith("/"); // a Unix socket path is local too
}

export function assertLocalDatabase(url: string): void {
  if (!isLocalDatabase(url)) {
    throw new Error(`Refusing to touch a non-local database host "${parse(url).host}". Use 127.0.0.1, localhost or a socket.`);
  }
}
