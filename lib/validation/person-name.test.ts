import { describe, expect, it } from "vitest";
import { personName } from "./person-name";

const parse = (v: string) => personName.safeParse(v);
const problem = (v: string) => {
  const r = parse(v);
  return r.success ? null : r.error.issues[0]!.message;
};

describe("personName", () => {
  it.each(["Zoë Ødegaard", "Łukasz Żółć", "Νίκος", "Дмитрий", "王芳", "محمد", "अनीता", "Nguyễn Thị Minh Khai", "Seán O'Brien-Smith", "José María", "Anna-Lena Müller", "山田 花子"])(
    "accepts %s",
    (name) => expect(parse(name)).toEqual({ success: true, data: name }),
  );

  it("trims, collapses any whitespace and composes accents (NFC)", () => {
    expect(parse("  Zoe\u0308 \t\u00A0 \u3000Ødegaard \n")).toEqual({ success: true, data: "Zoë Ødegaard" });
  });

  it("keeps a zero-width non-joiner inside a Persian or Hindi word, where it shapes the letters", () => {
    expect(parse("علی\u200Cرضا").success).toBe(true);
    expect(parse("क्\u200Dष").success).toBe(true);
  });

  it.each([
    ["", "Enter your name."],
    ["   ", "Enter your name."],
    ["x".repeat(101), "Use at most 100 characters."],
    ["Eve\u0000", /control character/],
    ["Eve\u001B[31m", /control character/],
    ["Eve\u007F", /control character/],
    ["Eve\u202Edrawkcab", /formatting characters/],
    ["\u202AEve\u202C", /formatting characters/],
    ["Eve\u2066Mallory\u2069", /formatting characters/],
    ["\u200FEve", /formatting characters/],
    ["Ev\u200Be", /formatting characters/],
    ["Eve\u200DMallory", /formatting characters/],
    ["\u200CEve", /formatting characters/],
    ["Eve\u00AD", /formatting characters/],
    ["Ev\uFEFFe", /formatting characters/],
    ["Eve\u2060", /formatting characters/],
    ["Z\u0301\u0301\u0301\u0301\u0301algo", /too many accents/],
    ["Eve 😀", /Certificates can't print “😀” \(U\+1F600\) yet\. Names may use Latin, Greek, Cyrillic, Arabic, Devanagari and Chinese letters\./],
    ["Eve \uE000", /U\+E000/],
    ["ᚠᚢᚦ", /Certificates can't print/],
    ["---", "Your name needs at least one letter."],
  ])("refuses %j with a clear message", (name, message) => {
    if (typeof message === "string") expect(problem(name)).toBe(message);
    else expect(problem(name)).toMatch(message);
  });
});
