import { PlannedPage } from "../ui/PlannedPage";

export default function ResourcesPage() {
  return <PlannedPage page="resources" />;
}
