import { describe, expect, it } from "vitest";
import { checkImage, IMAGE_LIMITS, sniffImage, typeOfStoredName } from "./images";

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const gif = new TextEncoder().encode("GIF89a....");
const webp = new TextEncoder().encode("RIFF\u0000\u0000\u0000\u0000WEBPVP8 ");

describe("sniffImage", () => {
  it("knows the four image types by their bytes", () => {
    expect([png, jpeg, gif, webp].map(sniffImage)).toEqual(["image/png", "image/jpeg", "image/gif", "image/webp"]);
  });
  it("refuses SVG, HTML and a script renamed to .png", () => {
    for (const text of ['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "<!doctype html><script>x</script>", "alert(1)"]) {
      expect(sniffImage(new TextEncoder().encode(text))).toBeNull();
    }
  });
});

describe("checkImage", () => {
  it("accepts an image within the limit, with the extension it is stored under", () => {
    expect(checkImage(png)).toEqual({ ok: true, type: "image/png", extension: "png" });
  });
  it("refuses empty, oversized and mistyped files with a message", () => {
    expect(checkImage(new Uint8Array())).toEqual({ ok: false, error: "Choose an image file." });
    const big = new Uint8Array(IMAGE_LIMITS.maxBytes + 1);
    big.set(png);
    expect(checkImage(big)).toEqual({ ok: false, error: "That image is 2.0 MB; images can be at most 2 MB." });
    expect(checkImage(new TextEncoder().encode("%PDF-1.7"))).toEqual({ ok: false, error: "That file is not a PNG, JPEG, WebP or GIF image." });
  });
});

describe("typeOfStoredName", () => {
  it("serves only names the upload wrote", () => {
    expect(typeOfStoredName(`${"a".repeat(64)}.jpg`)).toBe("image/jpeg");
    for (const name of ["../kaizen.db", `${"a".repeat(64)}.svg`, `${"a".repeat(64)}.png.html`, "x.png"]) expect(typeOfStoredName(name)).toBeNull();
  });
});
