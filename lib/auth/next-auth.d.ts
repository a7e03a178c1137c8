// The session token carries only the user id and the session version; everything else is
// loaded from the database on each request (lib/auth/session.ts).
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    uid: number;
    sv: number;
  }
  interface User {
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: number;
    sv: number;
  }
}
