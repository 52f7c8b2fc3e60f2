import { isAuthor, type Role } from "@/lib/auth/roles";

export type HeaderLink = { href: string; label: string };
export type HeaderGroup = { area: "Learning" | "Studio" | "HR" | "Admin"; links: HeaderLink[] };

/** The header's links for a role, grouped by area; the wide header lays the same links out in one row. */
export function headerGroups(role: Role | null): HeaderGroup[] {
  const learning: HeaderLink[] = [{ href: "/catalog", label: "Catalog" }];
  if (!role) return [{ area: "Learning", links: learning }];
  learning.push(
    { href: "/home", label: "My learning" },
    { href: "/dashboard", label: "Dashboard" },
    { href: "/exams", label: "Exams" },
    { href: "/review", label: "Review" },
    { href: "/search", label: "Search" },
  );
  const groups: HeaderGroup[] = [{ area: "Learning", links: learning }];
  if (isAuthor(role)) groups.push({ area: "Studio", links: [{ href: "/studio", label: "Studio" }] });
  if (role === "hr" || role === "admin") groups.push({ area: "HR", links: [{ href: "/hr", label: "HR" }] });
  if (role === "admin") groups.push({ area: "Admin", links: [{ href: "/admin/users", label: "Admin" }] });
  return groups;
}

/** The one link a narrow header keeps outside the menu: where each role spends most of its time. */
export function primaryLink(role: Role | null): HeaderLink {
  switch (role) {
    case null:
      return { href: "/catalog", label: "Catalog" };
    case "learner":
      return { href: "/home", label: "My learning" };
    case "instructor":
      return { href: "/studio", label: "Studio" };
    case "hr":
      return { href: "/hr", label: "HR" };
    case "admin":
      return { href: "/admin/users", label: "Admin" };
  }
}
