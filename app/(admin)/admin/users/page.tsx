import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { Pager } from "@/components/ui/pager";
import { DataTable, EmptyTableRow } from "@/components/ui/table";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { listUsers } from "@/lib/data/users/list-users";
import { requireRole } from "@/lib/data/viewer";
import { userSearchSchema } from "@/lib/validation/admin";
import { RoleForm } from "./_components/role-form";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminUsersPage({ searchParams }: Props) {
  const admin = await requireRole("admin");
  const { q, page } = userSearchSchema.parse(await searchParams);
  const result = await listUsers({ q, page });
  const pageHref = (p: number) => `/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;

  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Users</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">Search people and change their role. Every change is recorded.</p>

      <form role="search" method="get" className="mt-6 flex max-w-xl gap-2">
        <label htmlFor="user-search" className="sr-only">
          Search by name or email
        </label>
        <input
          id="user-search"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={100}
          placeholder="Search by name or email"
          className="flex-1 rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
        />
        <Button type="submit">Search</Button>
      </form>

      <p className="mt-4 text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        {result.total} {result.total === 1 ? "user" : "users"}
        {q ? ` matching “${q}”` : ""}
      </p>

      <DataTable className="mt-3" caption="Users and their roles" columns={[{ label: "Name" }, { label: "Email" }, { label: "Joined" }, { label: "Role" }]}>
            {result.users.map((user) => (
              <tr key={user.id} data-testid={`user-row-${user.email}`}>
                <td className="px-4 py-3 font-medium">{user.name}</td>
                <td className="px-4 py-3 text-slate-700 dark:text-slate-300">{user.email}</td>
                <td className="px-4 py-3 whitespace-nowrap text-slate-600 dark:text-slate-400">{formatDate(user.createdAt)}</td>
                <td className="px-4 py-3">
                  {user.id === admin.id ? (
                    <span className="text-slate-700 dark:text-slate-300">{ROLE_LABELS[user.role]} (you)</span>
                  ) : (
                    <RoleForm userId={user.id} userName={user.name} role={user.role} />
                  )}
                </td>
              </tr>
            ))}
            {result.users.length === 0 && <EmptyTableRow columns={4}>No users match your search.</EmptyTableRow>}
          </DataTable>

      <Pager page={result.page} pages={result.pages} href={pageHref} />
    </div>
  );
}
