import "server-only";
import { can, municipalityResource } from "@/lib/auth/permissions";
import { loadDocumentContext, type Load } from "@/lib/review/loaders";
import type { WorkDocument } from "@/lib/document/data";
import { readProgrammeStructure, readStructureProgrammes, type StructureActivity, type StructureGoal, type StructureProgramme } from "./data";

// Request-facing reads of the structure pages: any member who may read the
// municipality's concept data sees the structure; the forms show only when
// `can` allows structure.edit on this document (a concept), which every
// action checks again.

interface StructureContext {
  municipality: { id: string; name: string; slug: string };
  document: WorkDocument;
  mayEdit: boolean;
}

async function structureContext(slug: string, year: number, kindSlug: string | undefined) {
  const context = await loadDocumentContext(slug, year, kindSlug);
  if (context.kind !== "ok") return context;
  const { user, scope, municipality, document } = context.data;
  const mayEdit = can(user, "structure.edit", municipalityResource(municipality.id, { documentStatus: document.status }));
  return { kind: "ok" as const, data: { scope, base: { municipality: { id: municipality.id, name: municipality.name, slug: municipality.slug }, document, mayEdit } } };
}

export interface StructureOverview extends StructureContext {
  programmes: StructureProgramme[];
}

export async function loadStructureOverview(slug: string, year: number, kindSlug: string | undefined): Promise<Load<StructureOverview>> {
  const context = await structureContext(slug, year, kindSlug);
  if (context.kind !== "ok") return context;
  const { scope, base } = context.data;
  return { kind: "ok", data: { ...base, programmes: await readStructureProgrammes(scope, base.document.id) } };
}

export interface ProgrammeStructure extends StructureContext {
  programme: { id: string; number: string; name: string };
  goals: StructureGoal[];
  activities: StructureActivity[];
}

export async function loadProgrammeStructure(slug: string, year: number, number: string, kindSlug: string | undefined): Promise<Load<ProgrammeStructure>> {
  const context = await structureContext(slug, year, kindSlug);
  if (context.kind !== "ok") return context;
  const { scope, base } = context.data;
  const programme = (await readStructureProgrammes(scope, base.document.id)).find((p) => p.number === number);
  if (!programme) return { kind: "notfound" };
  const structure = await readProgrammeStructure(scope, base.document.id, programme.id);
  if (!structure) return { kind: "notfound" };
  return { kind: "ok", data: { ...base, programme: { id: programme.id, number: programme.number, name: programme.name }, ...structure } };
}
