import type { ReactElement } from "react";
import { BoundedMap } from "@/lib/bounded-map";

/**
 * A bounded memo of markdown rendered per source. Parsing and sanitising is the costliest
 * part of a page that shows markdown, and its output is a pure function of the source (no
 * hooks, no state, nothing about the viewer), so the same published text, shown to every
 * visitor, is turned into elements once. The least recently shown source goes first when
 * the memo is full.
 */
export function renderedMemo(render: (source: string) => ReactElement, max: number): (source: string) => ReactElement {
  const rendered = new BoundedMap<string, ReactElement>(max);
  return (source) => rendered.getOrSet(source, () => render(source));
}
