// What our session and JWT carry: only the user id and when the user signed
// in. Everything else (name, roles) is read fresh from the database per
// request by lib/auth/session.ts.
import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    /** Seconds since the epoch of the sign-in that started this session. */
    authTime?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    authTime?: number;
  }
}
