// The one way to write a server action. Every action declares who may call it;
// the client reads the session once, checks the role, parses the input with the
// action's zod schema, runs the action with the viewer in scope (so the data
// layer does not read the session again), and turns the data layer's one
// failure type into the one state forms and callers read.
import "server-only";
import { forbidden } from "next/navigation";
import type { z } from "zod";
import type { Role } from "@/lib/auth/roles";
import type { Failure } from "@/lib/data/result";
import { requireSession, withSession, type CurrentSession, type Viewer } from "@/lib/data/viewer";
import { requestLog } from "@/lib/log";
import { STORAGE_FAILURE_MESSAGE, asStorageFailure, storageFailureOf } from "@/lib/storage-failure";
import { logStorageFailure } from "@/lib/storage-failure-log";
import { fieldErrorsOf, type FormState } from "@/lib/validation/form-state";

/** Anyone (sign-in, register), any signed-in account, or only the roles listed. */
export type Access = "anyone" | "signed-in" | readonly [Role, ...Role[]];

/** What an action's body returns when it did its job. */
export type Done<D = undefined> = { ok: true; message?: string; data?: D };

type SessionFor<A extends Access> = A extends "anyone" ? null : CurrentSession;

type Spec<A extends Access, S extends z.ZodType, D> = {
  access: A;
  schema: S;
  /** Shapes a submitted form into the schema's input, where the fields are not flat strings. */
  fromForm?: (formData: FormData) => unknown;
  run: (input: z.output<S>, session: SessionFor<A>) => Promise<Done<D> | Failure>;
};

export type FieldsOf<S extends z.ZodType> = Extract<keyof z.input<S>, string>;

const DECLARED = Symbol.for("kaizen.action-declaration");

/** What an exported action or route declared (who may call it, what it reads), or undefined for a function not built here. */
export type Declaration = { access: Access; schema?: z.ZodType; kind: "form" | "call" | "navigate" | "route" };

export function declarationOf(fn: unknown): Declaration | undefined {
  return typeof fn === "function" ? (fn as unknown as Record<symbol, Declaration | undefined>)[DECLARED] : undefined;
}

export const mayCall = (access: Access, viewer: Viewer | null): boolean =>
  access === "anyone" || (viewer !== null && (access === "signed-in" || access.includes(viewer.role)));

const UNREADABLE = "Please correct the highlighted fields.";

/** What a storage failure becomes: the plain message in the action's state, or, for an action with no state to answer with, the error page. */
type OnStorageFailure = "answer" | "throw";

async function guard<A extends Access, S extends z.ZodType, D>(spec: Spec<A, S, D>, raw: unknown, onStorageFailure: OnStorageFailure = "answer"): Promise<FormState<FieldsOf<S>, D>> {
  // Signed-out callers are sent to sign-in, signed-in ones without the role get a 403.
  const session = (spec.access === "anyone" ? null : await requireSession()) as SessionFor<A>;
  if (session && !mayCall(spec.access, session.viewer)) forbidden();
  const parsed = spec.schema.safeParse(raw);
  if (!parsed.success) return { status: "error", message: UNREADABLE, fieldErrors: fieldErrorsOf(parsed.error) };
  let outcome: Done<D> | Failure;
  try {
    outcome = await withSession(session, () => spec.run(parsed.data, session));
  } catch (error) {
    const failure = storageFailureOf(error);
    if (!failure) throw error;
    // The error page reads the digest, and instrumentation.ts logs the line.
    if (onStorageFailure === "throw") throw asStorageFailure(error);
    logStorageFailure(await requestLog(), failure, error);
    return { status: "error", message: STORAGE_FAILURE_MESSAGE };
  }
  return outcome.ok
    ? { status: "success", message: outcome.message, data: outcome.data }
    : { status: "error", message: outcome.message, fieldErrors: outcome.fieldErrors };
}

export function declare<T extends object>(fn: T, declaration: Declaration): T {
  return Object.defineProperty(fn, DECLARED, { value: declaration });
}

const formInput = (spec: { fromForm?: (formData: FormData) => unknown }, formData: unknown) =>
  formData instanceof FormData ? (spec.fromForm ?? Object.fromEntries)(formData) : formData;

/** An action for `useActionState`: called with the previous state and the form's data. */
export function formAction<A extends Access, S extends z.ZodType, D = undefined>(spec: Spec<A, S, D>) {
  return declare(
    async (_prev: FormState<FieldsOf<S>, D>, formData: FormData): Promise<FormState<FieldsOf<S>, D>> => guard(spec, formInput(spec, formData)),
    { access: spec.access, schema: spec.schema, kind: "form" },
  );
}

/** An action called directly (autosave, a plain `<form action>`): one argument, a value or a form's data. */
export function callAction<A extends Access, S extends z.ZodType, D = undefined>(spec: Spec<A, S, D>) {
  return declare(async (input: unknown): Promise<FormState<FieldsOf<S>, D>> => guard(spec, formInput(spec, input)), {
    access: spec.access,
    schema: spec.schema,
    kind: "call",
  });
}

/**
 * An action for a plain `<form action>` that always ends by navigating (sign
 * out, say): nothing to report back, so input it cannot read is a bug and throws,
 * and a storage failure shows the error page.
 */
export function navigateAction<A extends Access, S extends z.ZodType>(
  spec: Omit<Spec<A, S, undefined>, "run"> & { run: (input: z.output<S>, session: SessionFor<A>) => Promise<void> },
) {
  const run = async (input: z.output<S>, session: SessionFor<A>): Promise<Done> => {
    await spec.run(input, session);
    return { ok: true };
  };
  return declare(async (formData: FormData): Promise<void> => {
    const state = await guard({ ...spec, run }, formInput(spec, formData), "throw");
    if (state.status === "error") throw new Error("The form sent input this action cannot read.");
  }, { access: spec.access, schema: spec.schema, kind: "navigate" });
}
