import { redirect } from "next/navigation";
import { requireRole } from "@/lib/data/viewer";

export default async function AdminIndex() {
  await requireRole("admin");
  redirect("/admin/users");
}
