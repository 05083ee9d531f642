import { PlannedPage } from "../ui/PlannedPage";

export default function RecordsPage() {
  return <PlannedPage page="records" />;
}
