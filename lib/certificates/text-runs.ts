// Splits a line of text into runs that one font each can draw, in the order
// they are painted from left to right. The font engine shapes and reverses the
// glyphs inside a right-to-left run; this puts the runs themselves in visual
// order, which is all the bidirectional algorithm a name on one line needs.

export type Run = { family: number; text: string; rtl: boolean };

const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
// Spaces, punctuation, combining marks and joiners go with the run they sit in.
const NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;
const DIGIT = /\p{Nd}/u;

/**
 * `covers(family, codePoint)` says whether a font family has the glyph; the
 * first family that has it draws a character. Characters no family has are left out.
 */
export function layoutRuns(text: string, familyCount: number, covers: (family: number, codePoint: number) => boolean): Run[] {
  const chars = [...text];
  // null for a neutral; neutrals take the direction of the strong characters
  // around them when both sides agree, else the line's (rules N1 and N2 of UAX #9).
  const strong = chars.map((ch) => (NEUTRAL.test(ch) && !DIGIT.test(ch) ? null : RTL.test(ch)));
  const base = strong.find((s) => s !== null) ?? false;
  const after: boolean[] = [];
  for (let i = chars.length - 1, next = base; i >= 0; i--) after[i] = next = strong[i] ?? next;
  let before = base;

  const logical: Run[] = [];
  chars.forEach((ch, i) => {
    const cp = ch.codePointAt(0)!;
    const own = strong[i] ?? null;
    const rtl = own ?? (before === (after[i + 1] ?? base) ? before : base);
    if (own !== null) before = own;
    const current = logical.at(-1);
    let family = 0;
    if (own === null && current && covers(current.family, cp)) family = current.family;
    else while (family < familyCount && !covers(family, cp)) family++;
    if (family === familyCount) return;
    if (current && current.family === family && current.rtl === rtl) current.text += ch;
    else logical.push({ family, text: ch, rtl });
  });

  const groups: Run[][] = [];
  for (const run of logical) {
    const group = groups.at(-1);
    if (group && group[0]!.rtl === run.rtl) group.push(run);
    else groups.push([run]);
  }
  for (const group of groups) if (group[0]!.rtl) group.reverse();
  if (base) groups.reverse();
  return groups.flat();
}
