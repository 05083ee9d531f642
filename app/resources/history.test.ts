import { describe, expect, it } from "vitest";
import type { ResourceEvent } from "./history";
import { filterHistory, toHistory } from "./history";

const by = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
let logIndex = 0;
function event(eventName: string, args: Record<string, unknown>, blockNumber: bigint): ResourceEvent {
  return {
    eventName,
    args,
    blockNumber,
    logIndex: logIndex++,
    transactionHash: `0x${blockNumber.toString(16).padStart(64, "0")}`,
    blockTimestamp: blockNumber * 12n,
  } as unknown as ResourceEvent;
}

const events = [
  event("Allocated", { resourceId: 0n, facilityId: 1n, quantity: 5n, by }, 10n),
  event(
    "AllocationRequested",
    { requestId: 0n, resourceId: 2n, facilityId: 0n, quantity: 3n, by, reason: "Surge" },
    11n,
  ),
  event("Transferred", { resourceId: 0n, fromFacilityId: 1n, toFacilityId: 2n, quantity: 1n, by }, 12n),
  event("RequestDenied", { requestId: 0n, by, reason: "Reserved" }, 13n),
  event("FacilityActiveChanged", { facilityId: 2n, active: false, by }, 14n),
];

describe("toHistory", () => {
  it("lists every event newest first, in words-ready form", () => {
    const history = toHistory(events);
    expect(history.map((entry) => entry.kind)).toEqual([
      "facilityDeactivated",
      "denied",
      "transferred",
      "requested",
      "allocated",
    ]);
    expect(history[2]).toMatchObject({ resourceId: 0, facilityId: 1, toFacilityId: 2, quantity: 1n, by });
  });

  it("gives a decision on a request the request's resource and facility", () => {
    expect(toHistory(events)[1]).toMatchObject({
      kind: "denied",
      requestId: 0,
      resourceId: 2,
      facilityId: 0,
      text: "Reserved",
    });
  });
});

describe("filterHistory", () => {
  it("keeps what touches a resource and a facility, on either side of a transfer", () => {
    const history = toHistory(events);
    expect(filterHistory(history, 0).map((entry) => entry.kind)).toEqual(["transferred", "allocated"]);
    expect(filterHistory(history, undefined, 2).map((entry) => entry.kind)).toEqual([
      "facilityDeactivated",
      "transferred",
    ]);
    expect(filterHistory(history, 2, 0).map((entry) => entry.kind)).toEqual(["denied", "requested"]);
  });
});
