import type { ReactElement } from "react";

/**
 * A bounded memo of markdown rendered per source. Parsing and sanitising is the costliest
 * part of a page that shows markdown, and its output is a pure function of the source (no
 * hooks, no state, nothing about the viewer), so the same published text, shown to every
 * visitor, is turned into elements once. The oldest source goes first when the memo is full.
 */
export function renderedMemo(render: (source: string) => ReactElement, max: number): (source: string) => ReactElement {
  const rendered = new Map<string, ReactElement>();
  return (source) => {
    let element = rendered.get(source);
    if (!element) {
      element = render(source);
      if (rendered.size >= max) rendered.delete(rendered.keys().next().value!);
      rendered.set(source, element);
    }
    return element;
  };
}
