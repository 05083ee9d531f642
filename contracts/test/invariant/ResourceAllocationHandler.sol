// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IResourceAllocation} from "../../src/interfaces/IResourceAllocation.sol";
import {ResourceAllocation} from "../../src/ResourceAllocation.sol";
import {CheatTest} from "../CheatTest.sol";

/// @dev Drives ResourceAllocation through valid and invalid calls as its real users would: the allocator
/// allocates, transfers, changes capacity and decides requests; facility managers request and release.
contract ResourceAllocationHandler is CheatTest {
    ResourceAllocation internal immutable inventory;
    address internal immutable allocator;
    address internal immutable admin;
    address[] internal managers;
    uint256 internal immutable resourceCount;
    uint256 internal immutable facilityCount;

    /// @dev How many calls changed state, to show the suite exercised something.
    uint256 public successfulCalls;

    constructor(
        ResourceAllocation inventory_,
        address admin_,
        address allocator_,
        address[] memory managers_,
        uint256 resourceCount_
    ) {
        inventory = inventory_;
        admin = admin_;
        allocator = allocator_;
        managers = managers_;
        resourceCount = resourceCount_;
        facilityCount = managers_.length;
    }

    function allocate(uint256 resourceSeed, uint256 facilitySeed, uint128 quantity) external {
        (uint256 r, uint256 f) = (resourceSeed % resourceCount, facilitySeed % facilityCount);
        quantity = uint128(bound(quantity, 0, inventory.available(r) + 2));
        vm.prank(allocator);
        try inventory.allocate(r, f, quantity) {
            successfulCalls++;
        } catch {}
    }

    function allocateBatch(uint256 seed, uint128 a, uint128 b) external {
        // The moduli keep every id below 3 and every quantity below 50, so the narrowing casts cannot truncate.
        IResourceAllocation.Allocation[] memory lines = new IResourceAllocation.Allocation[](2);
        // forge-lint: disable-next-line(unsafe-typecast)
        lines[0] = IResourceAllocation.Allocation(
            uint32(seed % resourceCount), uint32(seed % facilityCount), a % 50
        );
        lines[1] = IResourceAllocation.Allocation(
            uint32((seed >> 8) % resourceCount), uint32((seed >> 16) % facilityCount), b % 50
        );
        vm.prank(allocator);
        try inventory.allocateBatch(lines) {
            successfulCalls++;
        } catch {}
    }

    function release(uint256 resourceSeed, uint256 facilitySeed, uint128 quantity) external {
        (uint256 r, uint256 f) = (resourceSeed % resourceCount, facilitySeed % facilityCount);
        quantity = uint128(bound(quantity, 0, inventory.holdingOf(r, f) + 2));
        vm.prank(managers[f]);
        try inventory.release(r, f, quantity) {
            successfulCalls++;
        } catch {}
    }

    function transfer(uint256 resourceSeed, uint256 fromSeed, uint256 toSeed, uint128 quantity) external {
        (uint256 r, uint256 from, uint256 to) =
            (resourceSeed % resourceCount, fromSeed % facilityCount, toSeed % facilityCount);
        quantity = uint128(bound(quantity, 0, inventory.holdingOf(r, from) + 2));
        vm.prank(allocator);
        try inventory.transfer(r, from, to, quantity) {
            successfulCalls++;
        } catch {}
    }

    function setCapacity(uint256 resourceSeed, uint128 newTotal) external {
        uint256 r = resourceSeed % resourceCount;
        newTotal = uint128(bound(newTotal, 0, 1000));
        vm.prank(admin);
        try inventory.setCapacity(r, newTotal) {
            successfulCalls++;
        } catch {}
    }

    function requestAndDecide(uint256 resourceSeed, uint256 facilitySeed, uint128 quantity, uint8 decision)
        external
    {
        (uint256 r, uint256 f) = (resourceSeed % resourceCount, facilitySeed % facilityCount);
        quantity = uint128(bound(quantity, 1, 60));
        vm.prank(managers[f]);
        uint256 id = inventory.requestAllocation(r, f, quantity, "surge");
        successfulCalls++;
        if (decision % 3 == 0) {
            vm.prank(allocator);
            try inventory.approveRequest(id) {} catch {}
        } else if (decision % 3 == 1) {
            vm.prank(allocator);
            inventory.denyRequest(id, "no");
        } else {
            vm.prank(managers[f]);
            inventory.cancelRequest(id);
        }
    }

    /// @dev An administrator hands a facility to a new manager, who then requests and releases for it.
    function replaceManager(uint256 facilitySeed, uint256 nameSeed) external {
        uint256 f = facilitySeed % facilityCount;
        address next = address(uint160(uint256(keccak256(abi.encode("manager", nameSeed % 5)))));
        vm.prank(admin);
        inventory.setFacilityManager(f, next);
        managers[f] = next;
        successfulCalls++;
    }

    function toggleFacility(uint256 facilitySeed, bool active) external {
        vm.prank(admin);
        inventory.setFacilityActive(facilitySeed % facilityCount, active);
    }
}
