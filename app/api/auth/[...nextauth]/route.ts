import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { getAuthOptions } from "@/lib/auth/options";

// next-auth v4's endpoints (/api/auth/session, /csrf, /providers, /signin/:provider,
// /callback/:provider, /signout). The options are built on the first request,
// so building the app needs no secrets.

type Context = { params: Promise<{ nextauth: string[] }> };

function handler(request: NextRequest, context: Context): Promise<Response> {
  return NextAuth(request, context, getAuthOptions());
}

export { handler as GET, handler as POST };
