// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CareRoles} from "../../src/CareRoles.sol";
import {IResourceAllocation} from "../../src/interfaces/IResourceAllocation.sol";
import {ResourceAllocation} from "../../src/ResourceAllocation.sol";
import {CheatTest} from "../CheatTest.sol";

/// @dev One user transaction per test, for `forge snapshot` (contracts/.gas-snapshot, checked in CI). Whole-
/// transaction gas against the floor is measured on a real chain by `npm run bench:gas`.
contract ResourceAllocationGasTest is CheatTest {
    ResourceAllocation internal inventory;
    address internal admin = makeAddr("admin");
    address internal manager = makeAddr("manager");

    function setUp() public {
        CareRoles roles = new CareRoles(admin);
        inventory = new ResourceAllocation(roles);
        vm.startPrank(admin);
        roles.grantRole(roles.ALLOCATOR_ROLE(), admin);
        inventory.addResourceType("ICU beds", "beds", 1000);
        inventory.addResourceType("Ventilators", "units", 1000);
        inventory.registerFacility("General", manager);
        inventory.registerFacility("Clinic", manager);
        inventory.allocate(0, 0, 100);
        inventory.allocate(0, 1, 100);
        vm.stopPrank();
    }

    function test_gas_allocate_firstUnits() public {
        vm.prank(admin);
        inventory.allocate(1, 0, 5);
    }

    function test_gas_allocate_topUp() public {
        vm.prank(admin);
        inventory.allocate(0, 0, 5);
    }

    function test_gas_release() public {
        vm.prank(manager);
        inventory.release(0, 0, 5);
    }

    function test_gas_transfer() public {
        vm.prank(admin);
        inventory.transfer(0, 0, 1, 5);
    }

    function test_gas_allocateBatch_threeLines() public {
        IResourceAllocation.Allocation[] memory lines = new IResourceAllocation.Allocation[](3);
        lines[0] = IResourceAllocation.Allocation(0, 0, 1);
        lines[1] = IResourceAllocation.Allocation(0, 1, 1);
        lines[2] = IResourceAllocation.Allocation(1, 1, 1);
        vm.prank(admin);
        inventory.allocateBatch(lines);
    }
}
