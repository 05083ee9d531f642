// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CareRoles} from "../../src/CareRoles.sol";
import {IResourceAllocation} from "../../src/interfaces/IResourceAllocation.sol";
import {ResourceAllocation} from "../../src/ResourceAllocation.sol";
import {CheatTest} from "../CheatTest.sol";
import {ResourceAllocationHandler} from "./ResourceAllocationHandler.sol";

/// @dev Run with FOUNDRY_PROFILE=ci for ≥ 10,000 calls (160 runs × depth 64).
contract ResourceAllocationInvariantTest is CheatTest {
    ResourceAllocation internal inventory;
    ResourceAllocationHandler internal handler;
    uint256 internal constant RESOURCES = 3;
    uint256 internal constant FACILITIES = 3;

    function setUp() public {
        address admin = makeAddr("admin");
        address allocator = makeAddr("allocator");
        CareRoles roles = new CareRoles(admin);
        inventory = new ResourceAllocation(roles);
        address[] memory managers = new address[](FACILITIES);
        vm.startPrank(admin);
        roles.grantRole(roles.ALLOCATOR_ROLE(), allocator);
        inventory.addResourceType("ICU beds", "beds", 40);
        inventory.addResourceType("Ventilators", "units", 25);
        inventory.addResourceType("Vaccine doses", "doses", 500);
        for (uint256 f; f < FACILITIES; ++f) {
            managers[f] = makeAddr(string.concat("manager", vm.toString(f)));
            inventory.registerFacility(string.concat("Facility ", vm.toString(f)), managers[f]);
        }
        vm.stopPrank();
        handler = new ResourceAllocationHandler(inventory, admin, allocator, managers, RESOURCES);
        targetContract(address(handler));
    }

    /// @dev available + Σ held = total, and allocated never exceeds total, for every resource type.
    function invariant_unitsAreConserved() public view {
        for (uint256 r; r < RESOURCES; ++r) {
            IResourceAllocation.ResourceType memory resource = inventory.resourceType(r);
            uint256 held;
            for (uint256 f; f < FACILITIES; ++f) {
                held += inventory.holdingOf(r, f);
            }
            vm.assertLe(resource.allocated, resource.total, "allocated <= total");
            vm.assertEq(held, resource.allocated, "sum of holdings = allocated");
            vm.assertEq(inventory.available(r) + held, resource.total, "available + held = total");
        }
    }

    /// @dev The paged holdings view agrees with the per-cell getters, for the whole matrix and for a window of it.
    function invariant_holdingsPagesMatchTheCells() public view {
        uint256[][] memory whole = inventory.holdings(0, RESOURCES, 0, FACILITIES);
        uint256[][] memory window = inventory.holdings(1, 2, 1, 2);
        for (uint256 r; r < RESOURCES; ++r) {
            for (uint256 f; f < FACILITIES; ++f) {
                vm.assertEq(whole[r][f], inventory.holdingOf(r, f), "cell");
                if (r >= 1 && f >= 1) {
                    vm.assertEq(window[r - 1][f - 1], inventory.holdingOf(r, f), "window cell");
                }
            }
        }
    }
}
