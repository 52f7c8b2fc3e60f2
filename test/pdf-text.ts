// Reads back the text a pdf-lib page paints, through each font's ToUnicode map,
// one string per text-showing operation, in painting order.
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFStream } from "pdf-lib";

function streamText(stream: PDFStream): string {
  return Buffer.from(decodePDFRawStream(stream as PDFRawStream).decode()).toString("latin1");
}

function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, glyph, unicode] of cmap.matchAll(/<([0-9a-fA-F]{4})>\s*<([0-9a-fA-F]+)>/g)) {
    const units = unicode!.match(/.{4}/g)!.map((u) => parseInt(u, 16));
    map.set(parseInt(glyph!, 16), String.fromCharCode(...units));
  }
  return map;
}

export async function pdfTextRuns(bytes: Uint8Array, pageIndex = 0): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  const page = doc.getPage(pageIndex).node;
  const fontDict = page.Resources()!.lookup(PDFName.of("Font"), PDFDict);
  const maps = new Map<string, Map<number, string>>();
  for (const [name, ref] of fontDict.entries()) {
    const font = doc.context.lookup(ref as PDFRef, PDFDict);
    const cmap = font.lookup(PDFName.of("ToUnicode"));
    if (cmap instanceof PDFStream) maps.set(name.decodeText(), toUnicode(streamText(cmap)));
  }
  const contents = page.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r, PDFStream)) : contents ? [contents] : [];
  const ops = streams.map(streamText).join("\n");
  const runs: string[] = [];
  let map: Map<number, string> | undefined;
  for (const [, fontName, hex] of ops.matchAll(/\/(\S+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>\s*Tj/g)) {
    if (fontName) map = maps.get(fontName);
    else runs.push((hex!.match(/.{4}/g) ?? []).map((g) => map?.get(parseInt(g, 16)) ?? "\uFFFD").join(""));
  }
  return runs;
}

export async function pdfLinks(bytes: Uint8Array, pageIndex = 0): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  const annots = doc.getPage(pageIndex).node.Annots();
  return (annots?.asArray() ?? []).map((ref) => {
    const action = doc.context.lookup(ref, PDFDict).lookup(PDFName.of("A"), PDFDict);
    return action.get(PDFName.of("URI"))!.toString().slice(1, -1);
  });
}
