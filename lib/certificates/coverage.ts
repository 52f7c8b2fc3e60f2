// Which characters the certificate fonts can draw, straight from their cmaps.
import fontkit from "@foliojs-fork/fontkit";
import { FONT_FAMILIES, fontBytes, type Weight } from "./fonts";

/** Every code point some family has a glyph for in this weight, ascending. */
export function fontCoverage(weight: Weight): number[] {
  const all = new Set<number>();
  for (const family of FONT_FAMILIES) for (const cp of fontkit.create(fontBytes(family, weight)).characterSet) all.add(cp);
  return [...all].sort((a, b) => a - b);
}

/** Visible characters only: controls and format characters are the name rules' business. */
export function renderableRanges(codePoints: number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const cp of codePoints) {
    if (/[\p{Cc}\p{Cf}]/u.test(String.fromCodePoint(cp))) continue;
    const last = ranges.at(-1);
    if (last && last[1] === cp - 1) last[1] = cp;
    else ranges.push([cp, cp]);
  }
  return ranges;
}

export function encodeRanges(ranges: [number, number][]): string {
  return ranges.map(([a, b]) => (a === b ? a.toString(36) : `${a.toString(36)}-${b.toString(36)}`)).join(" ");
}
