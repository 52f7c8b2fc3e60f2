"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import type { HeaderGroup } from "@/lib/navigation/header-links";

const menuLink = "block rounded-md px-3 py-2.5 text-base font-medium text-slate-800 hover:bg-slate-100 dark:text-slate-100 dark:hover:bg-slate-800";

/** The narrow header's menu: a disclosure holding every link the wide header shows in a row. */
export function HeaderMenu({ groups, children }: { groups: HeaderGroup[]; children?: ReactNode }) {
  const pathname = usePathname();
  // Remembering where the menu was opened closes it on navigation without an effect that sets state.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLElement>("a, button")?.focus();
  }, [open]);

  function close() {
    setOpenOn(null);
    button.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "Escape" && open) {
      event.preventDefault();
      close();
    }
  }

  return (
    <div onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpenOn(open ? null : pathname)}
        className="inline-flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-md border border-slate-300 px-3 text-sm font-semibold text-slate-900 hover:bg-slate-50 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5">
          <path d={open ? "M5 5l10 10M15 5L5 15" : "M3 6h14M3 10h14M3 14h14"} stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        Menu
      </button>
      <div
        ref={panel}
        id={panelId}
        hidden={!open}
        className="absolute inset-x-0 top-full z-40 max-h-[calc(100dvh-4rem)] overflow-y-auto border-b border-slate-200 bg-white px-4 pb-4 shadow-lg dark:border-slate-800 dark:bg-slate-950"
      >
        <nav aria-label="Menu">
          {groups.map((group) => (
            <section key={group.area} aria-labelledby={`${panelId}-${group.area}`} className="border-t border-slate-200 pt-3 first:border-t-0 dark:border-slate-800">
              <h2 id={`${panelId}-${group.area}`} className="px-3 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
                {group.area}
              </h2>
              <ul className="mt-1 mb-3">
                {group.links.map((link) => (
                  <li key={link.href}>
                    <Link href={link.href} className={menuLink} aria-current={link.href === pathname ? "page" : undefined} onClick={() => setOpenOn(null)}>
                      {link.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </nav>
        {children && <div className="border-t border-slate-200 pt-3 dark:border-slate-800">{children}</div>}
      </div>
    </div>
  );
}
