import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

const forwardedFor = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("clientAddress", () => {
  it("without proxies, takes the address Next.js put in X-Forwarded-For from the socket", () => {
    expect(clientAddress(forwardedFor("203.0.113.7"), 0)).toBe("203.0.113.7");
    expect(clientAddress(forwardedFor("::1"), 0)).toBe("::1");
  });

  it("with one proxy, takes the entry that proxy appended, not what the client wrote before it", () => {
    expect(clientAddress(forwardedFor("6.6.6.6, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(forwardedFor("1.1.1.1,2.2.2.2,  203.0.113.7"), 1)).toBe("203.0.113.7");
  });

  it("with two proxies, takes the second entry from the right", () => {
    expect(clientAddress(forwardedFor("6.6.6.6, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
  });

  it("never takes the client-written first entry when proxies append", () => {
    const spoofed = forwardedFor("198.51.100.1, 198.51.100.2, 203.0.113.7");
    expect(clientAddress(spoofed, 1)).not.toBe("198.51.100.1");
  });

  it("copes with fewer entries than hops, and with none", () => {
    expect(clientAddress(forwardedFor("203.0.113.7"), 3)).toBe("203.0.113.7");
    expect(clientAddress(forwardedFor(""), 1)).toBe("unknown");
    expect(clientAddress(forwardedFor(" , "), 0)).toBe("unknown");
    expect(clientAddress(forwardedFor(), 0)).toBe("unknown");
  });
});
