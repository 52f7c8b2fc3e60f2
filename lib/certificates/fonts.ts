// The Noto fonts the certificate is drawn with, one family per script, in the
// order a character looks for a glyph. Read from node_modules at run time
// (their packages export no paths); `next start` and Vitest run from the project root.
import fs from "node:fs";
import path from "node:path";

export type Weight = "regular" | "bold";
export type FontFamily = { name: string; files: Record<Weight, string> };

export const FONT_FAMILIES: readonly FontFamily[] = [
  // Latin with its extensions, Greek, Cyrillic, Vietnamese, IPA.
  { name: "Noto Sans", files: { regular: "@embedpdf/fonts-latin/fonts/NotoSans-Regular.ttf", bold: "@embedpdf/fonts-latin/fonts/NotoSans-Bold.ttf" } },
  { name: "Noto Naskh Arabic", files: { regular: "@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Regular.ttf", bold: "@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Bold.ttf" } },
  {
    name: "Noto Sans Devanagari",
    files: {
      regular: "@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf",
      bold: "@expo-google-fonts/noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf",
    },
  },
  // Simplified Chinese with kana and the CJK punctuation.
  { name: "Noto Sans SC", files: { regular: "@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf", bold: "@embedpdf/fonts-sc/fonts/NotoSansHans-Bold.otf" } },
];

const cache = new Map<string, Buffer>();

export function fontBytes(family: FontFamily, weight: Weight): Buffer {
  const file = family.files[weight];
  let bytes = cache.get(file);
  if (!bytes) {
    bytes = fs.readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", file));
    cache.set(file, bytes);
  }
  return bytes;
}
