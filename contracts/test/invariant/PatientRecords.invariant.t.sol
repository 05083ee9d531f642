// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CareRoles} from "../../src/CareRoles.sol";
import {PatientRecords} from "../../src/PatientRecords.sol";
import {CheatTest} from "../CheatTest.sol";
import {PatientRecordsHandler} from "./PatientRecordsHandler.sol";

/// @dev Run with FOUNDRY_PROFILE=ci for ≥ 10,000 calls per invariant (160 runs × depth 64).
contract PatientRecordsInvariantTest is CheatTest {
    PatientRecords internal records;
    PatientRecordsHandler internal handler;

    function setUp() public {
        address admin = makeAddr("admin");
        CareRoles roles = new CareRoles(admin);
        records = new PatientRecords(roles);
        address[] memory accounts = new address[](6);
        string[6] memory names = ["carol", "dev", "erin", "alice (doctor)", "bruno (doctor)", "stranger"];
        for (uint256 i; i < accounts.length; ++i) {
            accounts[i] = makeAddr(names[i]);
        }
        vm.startPrank(admin);
        roles.grantRole(roles.DOCTOR_ROLE(), accounts[3]);
        roles.grantRole(roles.DOCTOR_ROLE(), accounts[4]);
        vm.stopPrank();
        handler = new PatientRecordsHandler(records, roles, admin, accounts);
        targetContract(address(handler));
    }

    /// @dev Only a registered doctor with the registered patient's consent at that moment ever wrote or amended
    /// (and only the original's author amended); only a patient ever shared, only their own records, only with a
    /// doctor they consent to.
    function invariant_onlyConsentedDoctorsWriteAndOnlyPatientsShare() public view {
        vm.assertEq(handler.unauthorisedWrites(), 0, "writes without consent");
        vm.assertEq(handler.unauthorisedShares(), 0, "shares without consent");
    }

    /// @dev The ledger is append-only: every record the contract holds is one that was accepted, unchanged, in the
    /// order written; and each patient's index lists exactly their records.
    function invariant_appendOnlyAndIndexedByPatient() public view {
        uint256 count = records.recordCount();
        vm.assertEq(count, handler.writtenCount(), "one record per accepted write");
        for (uint256 id; id < count; ++id) {
            PatientRecords.Record memory held = records.getRecord(id);
            PatientRecordsHandler.Written memory expected = handler.writtenAt(id);
            vm.assertEq(held.patient, expected.patient, "patient unchanged");
            vm.assertEq(held.author, expected.author, "author unchanged");
            vm.assertEq(held.amendsPlusOne, expected.amendsPlusOne, "amendment link unchanged");
            vm.assertEq(held.contentHash, expected.contentHash, "hash unchanged");
        }
        for (uint256 i; i < handler.accountCount(); ++i) {
            address patient = handler.accounts(i);
            uint256[] memory ids = records.recordsOf(patient);
            vm.assertEq(ids.length, handler.writtenFor(patient), "index length");
            for (uint256 j; j < ids.length; ++j) {
                vm.assertEq(records.getRecord(ids[j]).patient, patient, "index points to the patient's own");
            }
        }
    }

    /// @dev Consent is exactly what each patient last said: no one else can grant or revoke it.
    function invariant_consentIsThePatientsLastWord() public view {
        uint256 n = handler.accountCount();
        for (uint256 i; i < n; ++i) {
            for (uint256 j; j < n; ++j) {
                (address patient, address doctor) = (handler.accounts(i), handler.accounts(j));
                vm.assertEq(records.hasConsent(patient, doctor), handler.consents(patient, doctor), "consent");
            }
        }
    }
}
