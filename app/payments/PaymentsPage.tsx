import { PlannedPage } from "../ui/PlannedPage";

export default function PaymentsPage() {
  return <PlannedPage page="payments" />;
}
