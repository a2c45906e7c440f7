import { unknownPathRoute } from "@/lib/api/route";

// Next.js matches this only when no route of /api/v1 does, also below an
// existing resource (/api/v1/gemeenten/zoetermeer/onbekend); /api/v1 itself too.
export const dynamic = "force-dynamic";

const route = unknownPathRoute();
// Named one by one: Next.js reads a route's methods from its exports.
export const GET = route.GET;
export const HEAD = route.HEAD;
export const OPTIONS = route.OPTIONS;
export const POST = route.POST;
export const PUT = route.PUT;
export const PATCH = route.PATCH;
export const DELETE = route.DELETE;
