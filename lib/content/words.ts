// Pure text measures of lesson markdown, shared by the content check, the seed
// and the studio editor (which runs them in the browser as the author types).

/** Words a reader reads: markdown syntax, code fences and table rules excluded. */
export function countWords(markdown: string): number {
  const prose = markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/^\s*\|?\s*:?-{3,}.*$/gm, " ")
    .replace(/[#>*_`|[\]()-]/g, " ");
  return prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function hasWorkedExample(markdown: string): boolean {
  return /^##\s+(Worked example|Scenario)\b/im.test(markdown);
}

export function hasExercise(markdown: string): boolean {
  return /^##\s+(Exercise|Try it)\b/im.test(markdown);
}
