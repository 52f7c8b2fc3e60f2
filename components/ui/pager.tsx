import Link from "next/link";

type Props = { page: number; pages: number; href: (page: number) => string; previous?: string; next?: string };

/** Previous and next links around "Page n of m"; nothing when everything fits on one page. */
export function Pager({ page, pages, href, previous = "Previous page", next = "Next page" }: Props) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center gap-3 text-sm">
      {page > 1 && (
        <Link href={href(page - 1)} className="underline">
          {previous}
        </Link>
      )}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages && (
        <Link href={href(page + 1)} className="underline">
          {next}
        </Link>
      )}
    </nav>
  );
}
