import { apiRoute } from "@/lib/api/route";
import { listProgrammesOperation } from "@/lib/api/operations/programmas";
import { loadProgrammes } from "@/lib/api/loaders/programmas";

export const dynamic = "force-dynamic";

const route = apiRoute(listProgrammesOperation, loadProgrammes);
// Named one by one: Next.js reads a route's methods from its exports.
export const GET = route.GET;
export const HEAD = route.HEAD;
export const OPTIONS = route.OPTIONS;
export const POST = route.POST;
export const PUT = route.PUT;
export const PATCH = route.PATCH;
export const DELETE = route.DELETE;
