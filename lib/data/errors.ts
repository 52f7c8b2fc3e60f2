/** Thrown when a request names something that does not exist or is not the viewer's. */
export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
  }
}
