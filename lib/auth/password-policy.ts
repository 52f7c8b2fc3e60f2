// Password rules after NIST SP 800-63B: length, not composition. A password is
// refused when it is, or is a trivial variation of, a commonly used password.
import { dictionary } from "@zxcvbn-ts/language-common";
import { PASSWORD_MAX, PASSWORD_MIN } from "./password-limits";

const common = new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
const words = ["kaizen", "academy", "kaizenacademy", "password", "passw0rd", "letmein", "welcome", "qwerty"];

function isRepetition(s: string): boolean {
  for (let size = 1; size <= s.length / 2; size++) {
    if (s.length % size === 0 && s.slice(0, size).repeat(s.length / size) === s) return true;
  }
  return false;
}

function isSequence(s: string): boolean {
  if (s.length < 4) return false;
  const step = s.charCodeAt(1) - s.charCodeAt(0);
  if (Math.abs(step) !== 1) return false;
  for (let i = 2; i < s.length; i++) {
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    // "1234567890" wraps 9 -> 0
    if (d !== step && !(s[i - 1] === "9" && s[i] === "0")) return false;
  }
  return true;
}

/** True when the password is on, or is padding/repetition around, a list of common passwords. */
export function isCommonPassword(password: string): boolean {
  const p = password.toLowerCase();
  if (common.has(p) || isRepetition(p) || isSequence(p)) return true;
  // Strip padding people add to satisfy length rules: digits, symbols and spaces at either end.
  const core = p.replace(/^[\d\W_]+|[\d\W_]+$/g, "");
  if (core.length === 0) return true;
  if (core !== p && (common.has(core) || words.includes(core) || isRepetition(core))) return true;
  const stripped = p.replace(/[\d\W_]+/g, "");
  return words.some((w) => stripped === w || (stripped.length > 0 && isRepetition(stripped) && stripped.startsWith(w)));
}

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, context: { email?: string; name?: string } = {}): string | null {
  if (password.length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (password.length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  if (isCommonPassword(password)) return "This password is too common. Try a few unrelated words together.";
  const p = password.toLowerCase();
  const local = context.email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && p.includes(local)) return "Don't use your email address in your password.";
  const name = context.name?.replace(/\s+/g, "").toLowerCase();
  if (name && name.length >= 4 && p.replace(/\s+/g, "").includes(name)) return "Don't use your name in your password.";
  return null;
}
