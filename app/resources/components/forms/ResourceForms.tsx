import { memo } from "react";
import { Card } from "../../../ui/Card";
import type { FacilityView, Inventory } from "../../model";
import { AddResourceTypeForm } from "./AddResourceTypeForm";
import { AllocateForm } from "./AllocateForm";
import { BatchAllocateForm } from "./BatchAllocateForm";
import { RegisterFacilityForm } from "./RegisterFacilityForm";
import { ReleaseForm } from "./ReleaseForm";
import { RequestForm } from "./RequestForm";
import { SetCapacityForm } from "./SetCapacityForm";
import { TransferForm } from "./TransferForm";

type Props = {
  inventory: Inventory;
  canAllocate: boolean;
  isAdmin: boolean;
  /** The facilities the account manages. */
  myFacilities: FacilityView[];
  /** The facilities whose units the account may release. */
  releasable: FacilityView[];
};

/**
 * The forms the account's roles allow. Drawn again only when the inventory or the roles change (memo), not each
 * time another read of the page lands (the history's arrival among them).
 */
export const ResourceForms = memo(function ResourceForms({
  inventory,
  canAllocate,
  isAdmin,
  myFacilities,
  releasable,
}: Props) {
  return (
    <>
      {canAllocate && (
        <Card>
          <div className="space-y-6">
            <AllocateForm inventory={inventory} />
            <BatchAllocateForm inventory={inventory} />
            <TransferForm inventory={inventory} />
          </div>
        </Card>
      )}
      {isAdmin && (
        <Card>
          <div className="space-y-6">
            <AddResourceTypeForm />
            <SetCapacityForm inventory={inventory} />
            <RegisterFacilityForm />
          </div>
        </Card>
      )}
      {(myFacilities.length > 0 || isAdmin) && (
        <Card>
          <div className="space-y-6">
            {myFacilities.length > 0 && <RequestForm inventory={inventory} myFacilities={myFacilities} />}
            <ReleaseForm inventory={inventory} facilities={releasable} />
          </div>
        </Card>
      )}
    </>
  );
});
