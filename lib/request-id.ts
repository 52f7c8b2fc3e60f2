// One id per request, set by proxy.ts on the request (for the server's log lines)
// and on the response (for the person reporting a problem). An id from a load
// balancer in front is kept when it looks like one, so both logs join up.
export const REQUEST_ID_HEADER = "x-request-id";

const ACCEPTED = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdFrom(headers: Headers): string {
  const given = headers.get(REQUEST_ID_HEADER);
  return given && ACCEPTED.test(given) ? given : crypto.randomUUID();
}
