// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CareRoles} from "../../src/CareRoles.sol";
import {IPatientRecords} from "../../src/interfaces/IPatientRecords.sol";
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

    /// @dev Only a registered doctor with the registered patient's consent at that moment, who had accepted that
    /// patient, ever wrote or amended (and only the original's author amended); only a patient ever shared, only
    /// their own records, only with a doctor they consent to; only a doctor answered requests made to them.
    function invariant_onlyConsentedDoctorsWriteAndOnlyPatientsShare() public view {
        vm.assertEq(handler.unauthorisedWrites(), 0, "writes without consent");
        vm.assertEq(handler.unauthorisedShares(), 0, "shares without consent");
        vm.assertEq(handler.unauthorisedDecisions(), 0, "decisions not the doctor's to make");
    }

    /// @dev The ledger is append-only: every record the contract holds is one that was accepted, unchanged, in the
    /// order written; and each patient's index lists exactly their records.
    function invariant_appendOnlyAndIndexedByPatient() public view {
        uint256 count = records.recordCount();
        vm.assertEq(count, handler.writtenCount(), "one record per accepted write");
        for (uint256 id; id < count; ++id) {
            IPatientRecords.Record memory held = records.getRecord(id);
            PatientRecordsHandler.Written memory expected = handler.writtenAt(id);
            vm.assertEq(held.patient, expected.patient, "patient unchanged");
            vm.assertEq(held.author, expected.author, "author unchanged");
            vm.assertEq(held.amendsPlusOne, expected.amendsPlusOne, "amendment link unchanged");
            vm.assertEq(held.contentHash, expected.contentHash, "hash unchanged");
        }
        for (uint256 i; i < handler.accountCount(); ++i) {
            address account = handler.accounts(i);
            vm.assertEq(walk(account, true), handler.writtenFor(account), "the patient's list");
            vm.assertEq(walk(account, false), handler.writtenBy(account), "the author's list");
        }
    }

    /// @dev Every pair that ever held a consent is listed on both sides, whatever its status now: once in the
    /// doctor's requests, and reached by walking the patient's blocks of new doctors from the patient's latest.
    function invariant_consentListsHoldEveryPair() public view {
        uint256 n = handler.accountCount();
        for (uint256 i; i < n; ++i) {
            address account = handler.accounts(i);
            (IPatientRecords.ConsentView[] memory requests,) = records.requestsOf(account, address(0), 100);
            bool[] memory reached = walkDoctors(account);
            uint256 expectedRequests;
            for (uint256 j; j < n; ++j) {
                address other = handler.accounts(j);
                if (handler.everGranted(other, account)) ++expectedRequests;
                vm.assertEq(
                    reached[j], handler.everGranted(account, other), "a patient's doctors, by their blocks"
                );
            }
            vm.assertEq(requests.length, expectedRequests, "a doctor's requests");
        }
    }

    /// @dev A doctor's list holds exactly the patients that doctor accepted and has not declined since, each once:
    /// no one can put themselves into another's list (third review, finding 2).
    function invariant_aDoctorsListIsTheDoctorsOwn() public view {
        uint256 n = handler.accountCount();
        for (uint256 i; i < n; ++i) {
            address doctor = handler.accounts(i);
            (IPatientRecords.ConsentView[] memory patients,) = records.patientsOf(doctor, address(0), 100);
            bool[] memory seen = new bool[](n);
            for (uint256 p; p < patients.length; ++p) {
                uint256 j = indexOf(patients[p].account);
                vm.assertFalse(seen[j], "listed once");
                seen[j] = true;
            }
            for (uint256 j; j < n; ++j) {
                vm.assertEq(
                    seen[j], handler.accepted(handler.accounts(j), doctor), "exactly the accepted ones"
                );
            }
        }
    }

    /// @dev Which accounts a walk of `patient`'s linked blocks (as the app does it) finds among their doctors.
    function walkDoctors(address patient) internal view returns (bool[] memory reached) {
        reached = new bool[](handler.accountCount());
        uint256 blockNumber = records.accountOf(patient).latestDoctorsBlock;
        while (blockNumber != 0) {
            uint256 previousPlusOne = handler.linkBefore(patient, blockNumber);
            vm.assertTrue(previousPlusOne != 0, "every block walked to is linked");
            address[] memory doctors = handler.grantedIn(patient, blockNumber);
            for (uint256 d; d < doctors.length; ++d) {
                reached[indexOf(doctors[d])] = true;
            }
            vm.assertTrue(previousPlusOne - 1 < blockNumber, "links go back");
            blockNumber = previousPlusOne - 1;
        }
    }

    function indexOf(address account) internal view returns (uint256 i) {
        while (handler.accounts(i) != account) ++i;
    }

    /// @dev Walks a patient's (or an author's) list in pages of three: newest first, each of theirs, counted.
    function walk(address account, bool asPatient) internal view returns (uint256 seen) {
        uint256 cursor;
        uint256 previous = type(uint256).max;
        do {
            IPatientRecords.RecordView[] memory page;
            (page, cursor) = asPatient
                ? records.recordsOfPatient(account, cursor, 3)
                : records.recordsByAuthor(account, cursor, 3);
            for (uint256 j; j < page.length; ++j) {
                vm.assertTrue(page[j].id < previous, "newest first");
                previous = page[j].id;
                address owner = asPatient ? page[j].record.patient : page[j].record.author;
                vm.assertEq(owner, account, "the list holds only the account's own");
                ++seen;
            }
        } while (cursor != 0);
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
