import { describe, expect, it } from "vitest";
import { headerGroups, primaryLink } from "./header-links";

const areas = (role: Parameters<typeof headerGroups>[0]) => headerGroups(role).map((g) => g.area);

describe("headerGroups", () => {
  it("gives each role the areas it may use", () => {
    expect(areas(null)).toEqual(["Learning"]);
    expect(areas("learner")).toEqual(["Learning"]);
    expect(areas("instructor")).toEqual(["Learning", "Studio"]);
    expect(areas("hr")).toEqual(["Learning", "HR"]);
    expect(areas("admin")).toEqual(["Learning", "Studio", "HR", "Admin"]);
  });

  it("never repeats a link, so the menu holds each once", () => {
    const hrefs = headerGroups("admin").flatMap((g) => g.links.map((l) => l.href));
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });
});

describe("primaryLink", () => {
  it("keeps each role's most used link outside the menu, inside an area that role may use", () => {
    for (const role of [null, "learner", "instructor", "hr", "admin"] as const) {
      const hrefs = headerGroups(role).flatMap((g) => g.links.map((l) => l.href));
      expect(hrefs).toContain(primaryLink(role).href);
    }
    expect(primaryLink("learner").href).toBe("/home");
    expect(primaryLink("instructor").href).toBe("/studio");
  });
});
