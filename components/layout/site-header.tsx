import Link from "next/link";
import { signOutAction } from "@/app/(auth)/actions";
import { buttonClass } from "@/components/ui/button";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { getViewer, type Viewer } from "@/lib/data/viewer";
import { headerGroups, primaryLink } from "@/lib/navigation/header-links";
import { HeaderMenu } from "./header-menu";

const navLink = "rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-950 dark:text-slate-200 dark:hover:bg-slate-800";

export async function SiteHeader() {
  const viewer = await getViewer();
  const role = viewer?.role ?? null;
  const primary = primaryLink(role);
  return (
    <header className="relative border-b border-slate-200 bg-white/90 backdrop-blur print:hidden dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-x-2 gap-y-1 px-4 py-3 sm:flex-wrap sm:gap-x-4">
        <Link href="/" className="order-1 flex min-w-0 items-center gap-2 text-base font-bold tracking-tight text-slate-950 sm:text-lg dark:text-white">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="h-8 w-8 rounded-md bg-brand-700 p-1.5 text-white dark:bg-emerald-400 dark:text-slate-950">
            <path d="M4 26h6v-6h6v-6h6V8h6" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <span className="truncate sm:overflow-visible sm:whitespace-normal">Kaizen Academy</span>
        </Link>
        <nav aria-label="Main" className="hidden flex-wrap items-center gap-1 sm:order-2 sm:flex sm:flex-1">
          {headerGroups(role)
            .flatMap((group) => group.links)
            .map((link) => (
              <Link key={link.href} href={link.href} className={navLink}>
                {link.label}
              </Link>
            ))}
        </nav>
        <div className="hidden items-center gap-3 sm:order-3 sm:flex">
          <AccountControls viewer={viewer} place="bar" />
        </div>
        {/* Below sm the row holds only the logo, the role's most used link and the menu, so it stays one line. */}
        <div className="order-2 flex shrink-0 items-center gap-1 sm:hidden">
          <Link href={primary.href} className={`${navLink} whitespace-nowrap`}>
            {primary.label}
          </Link>
          <HeaderMenu groups={headerGroups(role)}>
            <div className="flex items-center justify-between gap-3 px-3">
              <AccountControls viewer={viewer} place="menu" />
            </div>
          </HeaderMenu>
        </div>
      </div>
    </header>
  );
}

/**
 * Who is signed in (the way to the account page) and the sign-out button, or the ways in: in the
 * wide header's row, compact; in the phone menu, with room for a thumb.
 */
function AccountControls({ viewer, place }: { viewer: Viewer | null; place: "bar" | "menu" }) {
  const inMenu = place === "menu";
  if (!viewer) {
    return (
      <>
        <Link href="/sign-in" className={inMenu ? buttonClass("secondary", "min-h-11 flex-1") : buttonClass("ghost", "py-1.5")}>
          Sign in
        </Link>
        <Link href="/register" className={buttonClass("primary", inMenu ? "min-h-11 flex-1" : "py-1.5")}>
          Register
        </Link>
      </>
    );
  }
  return (
    <>
      {/* The name is the way to the account page, which saves the header a link. */}
      {inMenu ? (
        <Link href="/account" className="rounded-md py-2 text-base text-slate-800 hover:underline dark:text-slate-100">
          <span className="sr-only">Account: </span>
          <span className="font-medium">{viewer.name}</span>
          <span className="block text-sm text-slate-600 dark:text-slate-400">signed in as {ROLE_LABELS[viewer.role]}</span>
        </Link>
      ) : (
        <Link href="/account" className="rounded-md px-2 py-1.5 text-sm text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800">
          <span className="sr-only">Account: </span>
          <span className="hidden font-medium md:inline">{viewer.name}</span>
          <span className="sr-only md:hidden">{viewer.name}</span>
          <span className="sr-only">, signed in as </span>
          <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">{ROLE_LABELS[viewer.role]}</span>
        </Link>
      )}
      <form action={signOutAction}>
        <button type="submit" className={buttonClass("secondary", inMenu ? "min-h-11" : "py-1.5")}>
          Sign out
        </button>
      </form>
    </>
  );
}
