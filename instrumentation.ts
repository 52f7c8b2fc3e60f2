// Runs in the server process: errors Next.js catches while rendering a page (or
// in a route, an action or the proxy) are reported through lib/request-errors.
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { quietStorageFailures } = await import("@/lib/request-errors");
  quietStorageFailures();
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { reportStorageFailure } = await import("@/lib/request-errors");
  reportStorageFailure(error, request, context);
};
