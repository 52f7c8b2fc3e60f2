// A markdown table whose top-left header cell is empty is a two-way table: its first column
// names the rows as its header row names the columns ("| | Process manager | Project manager |",
// then "| Focus | … |"). Markdown has no syntax for row headers, so this rehype step makes those
// first cells <th scope="row"> and the empty corner a plain cell; screen readers then read each
// cell with both of its headings, and axe's table rules hold.

type Node = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: Node[] };

const elements = (node: Node | undefined, tagName: string) => (node?.children ?? []).filter((c) => c.type === "element" && c.tagName === tagName);

const textOf = (node: Node): string => (node.type === "text" ? String((node as { value?: string }).value ?? "") : (node.children ?? []).map(textOf).join(""));

function markRowHeaders(table: Node) {
  const [head] = elements(table, "thead");
  const [headRow] = elements(head, "tr");
  const [corner] = elements(headRow, "th");
  if (!corner || textOf(corner).trim() !== "") return;
  corner.tagName = "td";
  for (const row of elements(elements(table, "tbody")[0], "tr")) {
    const [first] = elements(row, "td");
    if (first && row.children?.find((c) => c.type === "element") === first) {
      first.tagName = "th";
      first.properties = { ...first.properties, scope: "row" };
    }
  }
}

function walk(node: Node) {
  if (node.type === "element" && node.tagName === "table") markRowHeaders(node);
  for (const child of node.children ?? []) walk(child);
}

export function rehypeRowHeaders() {
  return (tree: Node) => walk(tree);
}
