import type { ChildProcessWithoutNullStreams } from "node:child_process";

/**
 * Follows a writer process that prints how many answers it has saved, one number a line:
 * `saved()` is the last it printed, and `savedAtLeast(n)` waits for it to reach `n`.
 */
export function followSaves(writer: ChildProcessWithoutNullStreams) {
  let saved = 0;
  writer.stdout.on("data", (chunk: Buffer) => (saved = Number(chunk.toString().trim().split("\n").pop())));
  return {
    saved: () => saved,
    savedAtLeast: async (n: number) => {
      while (saved < n) await new Promise((resolve) => setTimeout(resolve, 20));
    },
  };
}
