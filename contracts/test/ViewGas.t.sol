// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CareRoles} from "../src/CareRoles.sol";
import {PatientRecords} from "../src/PatientRecords.sol";
import {ResourceAllocation} from "../src/ResourceAllocation.sol";
import {ServicePayments} from "../src/ServicePayments.sol";
import {CheatTest} from "./CheatTest.sol";

/// @dev Every read an app makes is one page, and one page stays far under a node's eth_call gas cap (30M on anvil,
/// 50M on geth) however large the inventory or the ledger grows: here at 200 facilities × 100 resource types, and
/// with full pages of requests, records and invoices, each call must cost under 5M gas.
contract ViewGasTest is CheatTest {
    uint256 internal constant BUDGET = 5_000_000;
    CareRoles internal roles;
    ResourceAllocation internal inventory;
    PatientRecords internal records;
    ServicePayments internal payments;
    address internal admin = makeAddr("admin");
    address internal manager = makeAddr("manager");
    address internal doctor = makeAddr("doctor");
    address internal patient = makeAddr("patient");

    function setUp() public {
        roles = new CareRoles(admin);
        inventory = new ResourceAllocation(roles);
        records = new PatientRecords(roles);
        payments = new ServicePayments(roles, new address[](0));
        vm.startPrank(admin);
        roles.grantRole(roles.DOCTOR_ROLE(), doctor);
        for (uint256 r; r < 100; ++r) {
            inventory.addResourceType("Portable oxygen concentrators, adult", "units", 1_000_000);
        }
        for (uint256 f; f < 200; ++f) {
            inventory.registerFacility("St. Mary's General Hospital, East Wing", manager);
            inventory.allocate(f % 100, f, 1);
        }
        vm.stopPrank();
        vm.startPrank(manager);
        for (uint256 i; i < 100; ++i) {
            inventory.requestAllocation(
                i % 100, i, 1, "Winter surge: the overflow ward opens on Monday morning"
            );
        }
        vm.stopPrank();
        vm.prank(doctor);
        records.registerEncryptionKey(keccak256("doctor"));
        vm.startPrank(patient);
        records.registerEncryptionKey(keccak256("patient"));
        records.grantAccess(doctor, "");
        vm.stopPrank();
        bytes memory key = new bytes(104);
        vm.startPrank(doctor);
        records.acceptPatient(patient);
        for (uint256 i; i < 100; ++i) {
            records.addRecord(patient, keccak256(abi.encode(i)), new bytes(340), key, key);
            payments.createInvoice(
                patient, address(0), 1 ether, uint64(block.timestamp + 1 days), "CPT", "Visit"
            );
        }
        vm.stopPrank();
    }

    function spent(uint256 before) internal view returns (uint256) {
        return before - gasleft();
    }

    function test_inventoryPages_stayUnderBudget() public view {
        uint256 before = gasleft();
        inventory.holdings(0, 50, 0, 20);
        vm.assertLe(spent(before), BUDGET, "1,000 holdings cells");
        before = gasleft();
        inventory.resources(0, 100);
        vm.assertLe(spent(before), BUDGET, "100 resource types");
        before = gasleft();
        inventory.facilities(100, 100);
        vm.assertLe(spent(before), BUDGET, "100 facilities");
        before = gasleft();
        inventory.requestsBefore(0, 100);
        vm.assertLe(spent(before), BUDGET, "100 requests");
    }

    function test_ledgerPages_stayUnderBudget() public view {
        uint256 before = gasleft();
        records.recordsOfPatient(patient, 0, 100);
        vm.assertLe(spent(before), BUDGET, "100 records of a patient");
        before = gasleft();
        records.recordsByAuthor(doctor, 0, 100);
        vm.assertLe(spent(before), BUDGET, "100 records of an author");
        before = gasleft();
        payments.invoicesOfPatient(patient, 0, 100);
        vm.assertLe(spent(before), BUDGET, "100 invoices of a patient");
        before = gasleft();
        payments.invoicesOfProvider(doctor, 0, 100);
        vm.assertLe(spent(before), BUDGET, "100 invoices of a provider");
    }
}
