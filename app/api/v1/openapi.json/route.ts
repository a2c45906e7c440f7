import { apiRoute } from "@/lib/api/route";
import { openApiOperation } from "@/lib/api/operations/openapi";
import { operations } from "@/lib/api/operations";
import { buildOpenApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-dynamic";

// Built once per server process: it depends on code only, not on data.
const document = buildOpenApiDocument(operations);

const route = apiRoute(openApiOperation, async () => ({ body: document }));
// Named one by one: Next.js reads a route's methods from its exports.
export const GET = route.GET;
export const HEAD = route.HEAD;
export const OPTIONS = route.OPTIONS;
export const POST = route.POST;
export const PUT = route.PUT;
export const PATCH = route.PATCH;
export const DELETE = route.DELETE;
