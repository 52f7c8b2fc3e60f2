import { getDesiredRetention } from "@/lib/data/review/get-desired-retention";
import { RetentionForm } from "./retention-form";

export async function RetentionSetting() {
  return <RetentionForm percent={Math.round((await getDesiredRetention()) * 100)} />;
}
