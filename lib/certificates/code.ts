import crypto from "node:crypto";

// Crockford-style alphabet: no I, L, O or U to misread.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A verification code like "K7Q2M-9XH4D": 50 random bits, easy to read aloud. */
export function newCertificateCode(): string {
  const bytes = crypto.randomBytes(10);
  const chars = [...bytes].map((b) => ALPHABET[b % 32]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5, 10)}`;
}

export function normaliseCode(input: string): string {
  return input.trim().toUpperCase().replace(/[^0-9A-Z]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1").replace(/(.{5})(?=.)/, "$1-");
}
