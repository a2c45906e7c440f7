import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { failure, toFailure, validationFailure } from "./errors";
import { type Action, type MunicipalityResource, type Resource, type SessionUser } from "./permissions";
import type { ActionResult } from "./result";
import type { AuthorizedMunicipalityId } from "./scope";
import { authorize, getSessionUser } from "./session";

// The one wrapper every Server Action and API write goes through:
//   1. resolve the signed-in user            → UNAUTHENTICATED
//   2. parse the input with its zod schema   → VALIDATION, with every field's errors in Dutch
//   3. resolve the resource FROM THE DATABASE (never from ids the client sent
//      about where something lives)          → NOT_FOUND
//   4. `can(user, action, resource)`         → FORBIDDEN (an API answers 403)
//   5. run the body with an AuthorizedMunicipalityId minted by the gate.
// Errors thrown by the body map to codes in lib/auth/errors.ts.

type UserResolver = () => Promise<SessionUser | null>;

export interface ActionDefinition<S extends z.ZodType, R extends Resource> {
  schema: S;
  action: Action;
  /** Where the input's subject lives, read from the database; null when it does not exist. */
  resource: (input: z.output<S>) => Promise<R | null>;
}

export interface ActionContext<R extends Resource> {
  user: SessionUser;
  resource: R;
  /** Created by the gate after `can` allowed the action; null for platform actions. */
  municipalityId: R extends MunicipalityResource ? AuthorizedMunicipalityId : null;
}

/** The callable Server Action: a plain object (or the FormData of a form without JavaScript). */
export type AuthorizedServerAction<I, T> = (input: I | FormData) => Promise<ActionResult<T>>;

type Runner = (input: unknown, getUser: UserResolver) => Promise<ActionResult<unknown>>;
const runners = new WeakMap<object, Runner>();

/** Fallback messages for schema checks that do not name their own: Dutch, never zod's English. */
const dutchFallback = z.locales.nl().localeError;

function plainInput(input: unknown): unknown {
  return input instanceof FormData ? Object.fromEntries(input) : input;
}

export function authorizedAction<S extends z.ZodType, R extends Resource, T>(
  definition: ActionDefinition<S, R>,
  body: (input: z.output<S>, ctx: ActionContext<R>) => Promise<T>,
): AuthorizedServerAction<z.input<S>, T> {
  const run = async (input: unknown, getUser: UserResolver): Promise<ActionResult<T>> => {
    try {
      const user = await getUser();
      if (!user) return failure("UNAUTHENTICATED");
      const parsed = definition.schema.safeParse(plainInput(input), { error: dutchFallback });
      if (!parsed.success) return validationFailure(parsed.error);
      const resource = await definition.resource(parsed.data);
      if (!resource) return failure("NOT_FOUND");
      // The gate: `can`, then the AuthorizedMunicipalityId (ForbiddenError → FORBIDDEN).
      const municipalityId = authorize(user, definition.action, resource);
      const data = await body(parsed.data, { user, resource, municipalityId } as ActionContext<R>);
      return { ok: true, data };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are not failures
      return toFailure(error);
    }
  };
  const serverAction: AuthorizedServerAction<z.input<S>, T> = (input) => run(input, getSessionUser);
  runners.set(serverAction, run as Runner);
  return serverAction;
}

/**
 * TEST SEAM — runs an authorized action with the user from `getUser` instead
 * of the session cookie, through exactly the same parse/resolve/check steps.
 * It is not a Server Action (nothing a browser can call) and refuses to work
 * unless NODE_ENV is "test".
 */
export function withUserResolver<I, T>(
  action: AuthorizedServerAction<I, T>,
  getUser: UserResolver,
): (input: I | FormData) => Promise<ActionResult<T>> {
  if (process.env.NODE_ENV !== "test") {
    throw new Error("withUserResolver is alleen bedoeld voor tests (NODE_ENV=test).");
  }
  const run = runners.get(action);
  if (!run) throw new Error("Deze functie is niet met authorizedAction gemaakt.");
  return (input) => run(input, getUser) as Promise<ActionResult<T>>;
}
