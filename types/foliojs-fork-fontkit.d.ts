// The fork has no types of its own; its API is the one pdf-lib describes for fontkit.
declare module "@foliojs-fork/fontkit" {
  import type { Fontkit } from "pdf-lib/cjs/types/fontkit";

  const fontkit: Fontkit;
  export default fontkit;
}
