// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {CareRoles} from "../src/CareRoles.sol";
import {ICareErrors} from "../src/interfaces/ICareErrors.sol";
import {IPatientRecords} from "../src/interfaces/IPatientRecords.sol";
import {PatientRecords} from "../src/PatientRecords.sol";
import {CheatTest, Vm} from "./CheatTest.sol";

contract PatientRecordsTest is CheatTest {
    CareRoles internal roles;
    PatientRecords internal records;
    address internal admin = makeAddr("admin");
    address internal doctor = makeAddr("doctor");
    address internal otherDoctor = makeAddr("otherDoctor");
    address internal patient = makeAddr("patient");
    address internal stranger = makeAddr("stranger");
    bytes32 internal doctorRole;
    bytes32 internal constant KEY = keccak256("a public key");
    bytes32 internal constant HASH = keccak256("plaintext");
    bytes internal payload = hex"0102030405";
    bytes internal wrapped = new bytes(104);
    bytes internal card = hex"c0ffee";

    function setUp() public {
        roles = new CareRoles(admin);
        records = new PatientRecords(roles);
        doctorRole = roles.DOCTOR_ROLE();
        vm.startPrank(admin);
        roles.grantRole(doctorRole, doctor);
        roles.grantRole(doctorRole, otherDoctor);
        vm.stopPrank();
        for (uint256 i; i < 3; ++i) {
            address account = [doctor, otherDoctor, patient][i];
            vm.prank(account);
            records.registerEncryptionKey(keccak256(abi.encode(account)));
        }
        vm.prank(patient);
        records.grantAccess(doctor, card);
        vm.prank(doctor);
        records.acceptPatient(patient);
    }

    function add() internal returns (uint256) {
        vm.prank(doctor);
        return records.addRecord(patient, HASH, payload, wrapped, wrapped);
    }

    function one(uint256 id) internal view returns (uint256[] memory ids, bytes[] memory keys) {
        ids = new uint256[](1);
        ids[0] = id;
        keys = new bytes[](1);
        keys[0] = wrapped;
    }

    function notADoctor(address account) internal view returns (bytes memory) {
        return
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, account, doctorRole
            );
    }

    // ─── keys ──────────────────────────────────────────────────────────────

    function test_registerEncryptionKey_emitsTheKeyAndKeepsItsBlock() public {
        vm.assertEq(uint256(records.accountOf(stranger).keyBlock), 0, "none yet");
        vm.roll(70);
        vm.expectEmit(address(records));
        emit IPatientRecords.EncryptionKeyRegistered(stranger, KEY, 0);
        vm.prank(stranger);
        records.registerEncryptionKey(KEY);
        vm.assertEq(uint256(records.accountOf(stranger).keyBlock), 70, "registered");
        vm.roll(71);
        vm.expectEmit(address(records));
        emit IPatientRecords.EncryptionKeyRegistered(stranger, HASH, 70);
        vm.prank(stranger);
        records.registerEncryptionKey(HASH);
        vm.assertEq(
            uint256(records.accountOf(stranger).keyBlock), 71, "rotated: the newest event holds the key"
        );
    }

    function test_setUpRecordsKey_publishesTheKeyAndItsSealedCopiesInOneBlock() public {
        vm.roll(80);
        vm.expectEmit(address(records));
        emit IPatientRecords.EncryptionKeyRegistered(stranger, KEY, 0);
        vm.expectEmit(address(records));
        emit IPatientRecords.KeyUnlockersSet(stranger, hex"0102");
        vm.prank(stranger);
        records.setUpRecordsKey(KEY, hex"0102");
        IPatientRecords.Account memory account = records.accountOf(stranger);
        vm.assertEq(uint256(account.keyBlock), 80, "key");
        vm.assertEq(uint256(account.unlockersBlock), 80, "unlockers");
    }

    function test_setKeyUnlockers_replacesThem_andARotationByDerivationDropsThem() public {
        vm.roll(80);
        vm.prank(stranger);
        records.setUpRecordsKey(KEY, hex"01");
        vm.roll(81);
        vm.expectEmit(address(records));
        emit IPatientRecords.KeyUnlockersSet(stranger, hex"0203");
        vm.prank(stranger);
        records.setKeyUnlockers(hex"0203");
        vm.assertEq(uint256(records.accountOf(stranger).unlockersBlock), 81, "replaced");
        vm.assertEq(uint256(records.accountOf(stranger).keyBlock), 80, "the key stays");
        // A key registered without unlockers is not the one they sealed: they no longer apply.
        vm.roll(82);
        vm.prank(stranger);
        records.registerEncryptionKey(HASH);
        vm.assertEq(uint256(records.accountOf(stranger).unlockersBlock), 0, "dropped");
    }

    function test_setKeyUnlockers_refusesAnUnregisteredAccount() public {
        vm.expectRevert(abi.encodeWithSelector(IPatientRecords.NotRegistered.selector, stranger));
        vm.prank(stranger);
        records.setKeyUnlockers(hex"01");
    }

    function test_unlockers_refuseNoneAndZeroKey() public {
        vm.expectRevert(IPatientRecords.NoUnlockers.selector);
        vm.prank(stranger);
        records.setUpRecordsKey(KEY, "");
        vm.expectRevert(IPatientRecords.ZeroKey.selector);
        vm.prank(stranger);
        records.setUpRecordsKey(bytes32(0), hex"01");
    }

    /// Any length from 1 to the bound is kept; anything longer is refused and changes nothing.
    function testFuzz_unlockers_lengthBound(uint16 length) public {
        uint256 max = records.MAX_UNLOCKERS_BYTES();
        bytes memory unlockers = new bytes(bound(length, 0, 2 * max));
        bool kept = unlockers.length > 0 && unlockers.length <= max;
        if (unlockers.length == 0) {
            vm.expectRevert(IPatientRecords.NoUnlockers.selector);
        } else if (!kept) {
            vm.expectRevert(
                abi.encodeWithSelector(IPatientRecords.InvalidPayload.selector, unlockers.length, max)
            );
        }
        vm.prank(stranger);
        records.setUpRecordsKey(KEY, unlockers);
        vm.assertEq(records.accountOf(stranger).unlockersBlock != 0, kept, "kept only within the bound");
    }

    function test_registerEncryptionKey_revertsOnZero() public {
        vm.expectRevert(IPatientRecords.ZeroKey.selector);
        vm.prank(stranger);
        records.registerEncryptionKey(bytes32(0));
    }

    // ─── consent ───────────────────────────────────────────────────────────

    function test_grantAccess_andRevokeAccess_emitWithTheSealedCard() public {
        vm.expectEmit(address(records));
        emit IPatientRecords.AccessGranted(patient, otherDoctor, card, 0);
        vm.prank(patient);
        records.grantAccess(otherDoctor, card);
        uint256 granted = block.number;
        vm.assertTrue(records.hasConsent(patient, otherDoctor), "granted");
        vm.expectEmit(address(records));
        emit IPatientRecords.AccessRevoked(patient, otherDoctor, granted);
        vm.prank(patient);
        records.revokeAccess(otherDoctor);
        vm.assertFalse(records.hasConsent(patient, otherDoctor), "revoked");
        vm.assertTrue(
            records.consentOf(patient, otherDoctor).status == IPatientRecords.ConsentStatus.Revoked, "status"
        );
    }

    function test_grantAccess_again_replacesTheCardAndMovesItsBlock() public {
        vm.roll(50);
        vm.prank(patient);
        records.grantAccess(doctor, hex"beef");
        vm.assertEq(uint256(records.consentOf(patient, doctor).changedAtBlock), 50, "card block");
        vm.assertEq(
            uint256(records.accountOf(patient).latestDoctorsBlock), 1, "not a new doctor: no new link"
        );
        (IPatientRecords.ConsentView[] memory patients,) = records.patientsOf(doctor, address(0), 10);
        vm.assertEq(patients.length, 1, "listed once");
    }

    function test_grantAccess_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IPatientRecords.NotRegistered.selector, stranger));
        vm.prank(stranger);
        records.grantAccess(doctor, "");
        vm.expectRevert(notADoctor(stranger));
        vm.prank(patient);
        records.grantAccess(stranger, "");
        vm.expectRevert(IPatientRecords.SelfConsent.selector);
        vm.prank(doctor);
        records.grantAccess(doctor, "");
        vm.expectRevert(abi.encodeWithSelector(IPatientRecords.InvalidPayload.selector, 513, 512));
        vm.prank(patient);
        records.grantAccess(otherDoctor, new bytes(513));
        address newDoctor = makeAddr("newDoctor");
        vm.prank(admin);
        roles.grantRole(doctorRole, newDoctor);
        vm.expectRevert(abi.encodeWithSelector(IPatientRecords.NotRegistered.selector, newDoctor));
        vm.prank(patient);
        records.grantAccess(newDoctor, "");
    }

    /// @dev Review finding 12: revoking and re-granting DOCTOR silently restored every old consent.
    function test_consent_doesNotOutliveTheDoctorRole() public {
        vm.roll(10);
        vm.startPrank(admin);
        roles.revokeRole(doctorRole, doctor);
        vm.roll(11);
        roles.grantRole(doctorRole, doctor);
        vm.stopPrank();
        vm.assertFalse(records.hasConsent(patient, doctor), "not restored by a new tenure");
        vm.assertTrue(
            records.consentOf(patient, doctor).status == IPatientRecords.ConsentStatus.RoleEnded,
            "status says why"
        );
        vm.expectRevert(abi.encodeWithSelector(IPatientRecords.NoConsent.selector, patient, doctor));
        vm.prank(doctor);
        records.addRecord(patient, HASH, payload, wrapped, wrapped);
        vm.roll(12);
        vm.prank(patient);
        records.grantAccess(doctor, card);
        vm.assertTrue(records.hasConsent(patient, doctor), "the patient's new word counts");
    }

    /// @dev A patient's doctors are linked by block, through one event per block with new doctors.
    function test_grantAccess_linksAPatientsBlocksOfNewDoctors() public {
        address thirdDoctor = makeAddr("thirdDoctor");
        vm.prank(admin);
        roles.grantRole(doctorRole, thirdDoctor);
        vm.prank(thirdDoctor);
        records.registerEncryptionKey(KEY);
        vm.roll(20);
        vm.expectEmit(address(records));
        emit IPatientRecords.DoctorsAllowedInBlock(patient, 1);
        vm.prank(patient);
        records.grantAccess(otherDoctor, "");
        vm.recordLogs();
        vm.prank(patient);
        records.grantAccess(thirdDoctor, "");
        vm.assertEq(vm.getRecordedLogs().length, 1, "the block is linked once: AccessGranted alone");
        vm.assertEq(uint256(records.accountOf(patient).latestDoctorsBlock), 20, "head");
        vm.roll(30);
        vm.recordLogs();
        vm.prank(patient);
        records.grantAccess(otherDoctor, "");
        vm.assertEq(vm.getRecordedLogs().length, 1, "a doctor allowed before is not linked again");
        vm.assertEq(uint256(records.accountOf(patient).latestDoctorsBlock), 20, "head unchanged");
    }

    function test_requestsOf_listsEveryConsentWithItsStatusAndTheDoctorsDecision() public {
        address otherPatient = _registered("otherPatient");
        vm.prank(otherPatient);
        records.grantAccess(doctor, "");
        vm.prank(patient);
        records.revokeAccess(doctor);

        (IPatientRecords.ConsentView[] memory first, address next) = records.requestsOf(doctor, address(0), 1);
        vm.assertEq(first[0].account, otherPatient, "most recent first");
        vm.assertTrue(first[0].decision == IPatientRecords.DoctorDecision.Pending, "not answered yet");
        vm.assertEq(next, patient, "cursor");
        vm.assertEq(records.accountOf(doctor).latestPatient, otherPatient, "head");
        (IPatientRecords.ConsentView[] memory asked,) = records.requestsOf(doctor, address(0), 10);
        vm.assertEq(asked.length, 2, "two requests");
        vm.assertTrue(asked[1].status == IPatientRecords.ConsentStatus.Revoked, "told why one is missing");
        vm.assertTrue(asked[1].decision == IPatientRecords.DoctorDecision.Accepted, "accepted in setUp");
        vm.assertTrue(
            records.consentOf(stranger, doctor).status == IPatientRecords.ConsentStatus.Never, "never allowed"
        );
    }

    // ─── the doctor's own list (third review, finding 2) ───────────────────

    function test_patientsOf_holdsOnlyPatientsTheDoctorAccepted() public {
        address otherPatient = _registered("otherPatient");
        vm.prank(otherPatient);
        records.grantAccess(doctor, "");
        (IPatientRecords.ConsentView[] memory listed,) = records.patientsOf(doctor, address(0), 10);
        vm.assertEq(listed.length, 1, "a request is not a patient");
        vm.assertEq(listed[0].account, patient, "the accepted one");
        vm.assertTrue(
            records.consentOf(otherPatient, doctor).decision == IPatientRecords.DoctorDecision.Pending,
            "pending"
        );

        vm.roll(90);
        vm.expectEmit(address(records));
        emit IPatientRecords.PatientAccepted(doctor, otherPatient);
        vm.prank(doctor);
        records.acceptPatient(otherPatient);
        (listed,) = records.patientsOf(doctor, address(0), 10);
        vm.assertEq(listed.length, 2, "accepted");
        vm.assertEq(listed[0].account, otherPatient, "most recently accepted first");
        vm.prank(doctor);
        records.addRecord(otherPatient, HASH, payload, wrapped, wrapped);
    }

    /// @dev The review's proof of concept: strangers allowing a doctor pushed a real patient off the first page
    /// and headed the doctor's list, pre-selected. Now they are requests, and the doctor's list is the doctor's.
    function test_strangersWhoAllowADoctorNeverEnterItsList() public {
        for (uint256 i; i < 25; ++i) {
            address impostor = _registered(string.concat("impostor", vm.toString(i)));
            vm.prank(impostor);
            records.grantAccess(doctor, card);
        }
        (IPatientRecords.ConsentView[] memory listed, address next) =
            records.patientsOf(doctor, address(0), 20);
        vm.assertEq(listed.length, 1, "only the accepted patient");
        vm.assertEq(listed[0].account, patient, "heads the list");
        vm.assertEq(next, address(0), "one page");
        (IPatientRecords.ConsentView[] memory asked,) = records.requestsOf(doctor, address(0), 20);
        vm.assertEq(asked.length, 20, "the strangers wait as requests");
        address impostor0 = makeAddr("impostor0");
        vm.expectRevert(abi.encodeWithSelector(IPatientRecords.NotAccepted.selector, impostor0, doctor));
        vm.prank(doctor);
        records.addRecord(impostor0, HASH, payload, wrapped, wrapped);
    }

    function test_acceptPatient_reverts() public {
        vm.expectRevert(notADoctor(stranger));
        vm.prank(stranger);
        records.acceptPatient(patient);
        vm.expectRevert(abi.encodeWithSelector(IPatientRecords.NoConsent.selector, stranger, doctor));
        vm.prank(doctor);
        records.acceptPatient(stranger);
        vm.expectRevert(abi.encodeWithSelector(IPatientRecords.AlreadyAccepted.selector, patient));
        vm.prank(doctor);
        records.acceptPatient(patient);
        vm.prank(patient);
        records.revokeAccess(doctor);
        vm.prank(patient);
        records.grantAccess(otherDoctor, "");
        vm.prank(patient);
        records.revokeAccess(otherDoctor);
        vm.expectRevert(abi.encodeWithSelector(IPatientRecords.NoConsent.selector, patient, otherDoctor));
        vm.prank(otherDoctor);
        records.acceptPatient(patient);
    }

    function test_declinePatient_answersARequestAndRemovesFromAnyPlaceInTheList() public {
        address[3] memory more = [_registered("p1"), _registered("p2"), _registered("p3")];
        for (uint256 i; i < 3; ++i) {
            vm.prank(more[i]);
            records.grantAccess(doctor, "");
            vm.prank(doctor);
            records.acceptPatient(more[i]);
        }
        // The list is p3, p2, p1, patient. Remove the middle, the head, then the tail.
        vm.expectRevert(
            abi.encodeWithSelector(IPatientRecords.ListPositionMismatch.selector, more[1], more[0])
        );
        vm.prank(doctor);
        records.declinePatient(more[1], more[0]);
        vm.expectEmit(address(records));
        emit IPatientRecords.PatientDeclined(doctor, more[1]);
        vm.prank(doctor);
        records.declinePatient(more[1], more[2]);
        vm.expectRevert(
            abi.encodeWithSelector(IPatientRecords.ListPositionMismatch.selector, more[2], more[0])
        );
        vm.prank(doctor);
        records.declinePatient(more[2], more[0]);
        vm.prank(doctor);
        records.declinePatient(more[2], address(0));
        vm.prank(doctor);
        records.declinePatient(patient, more[0]);
        (IPatientRecords.ConsentView[] memory listed,) = records.patientsOf(doctor, address(0), 10);
        vm.assertEq(listed.length, 1, "one left");
        vm.assertEq(listed[0].account, more[0], "p1");

        vm.expectRevert(abi.encodeWithSelector(IPatientRecords.NotAccepted.selector, patient, doctor));
        add();
        vm.prank(doctor);
        records.acceptPatient(patient);
        (listed,) = records.patientsOf(doctor, address(0), 10);
        vm.assertEq(listed[0].account, patient, "accepted again: back at the head");
        vm.assertEq(listed.length, 2, "once");
        add();
    }

    function test_declinePatient_aPendingRequestOrNone() public {
        address asker = _registered("asker");
        vm.prank(asker);
        records.grantAccess(doctor, card);
        vm.prank(doctor);
        records.declinePatient(asker, address(0));
        vm.assertTrue(
            records.consentOf(asker, doctor).decision == IPatientRecords.DoctorDecision.Declined, "declined"
        );
        (IPatientRecords.ConsentView[] memory listed,) = records.patientsOf(doctor, address(0), 10);
        vm.assertEq(listed.length, 1, "the list is untouched");
        vm.expectRevert(abi.encodeWithSelector(IPatientRecords.NoRequest.selector, stranger));
        vm.prank(doctor);
        records.declinePatient(stranger, address(0));
        vm.prank(asker);
        records.grantAccess(doctor, card);
        vm.assertTrue(
            records.consentOf(asker, doctor).decision == IPatientRecords.DoctorDecision.Declined,
            "asking again does not undo the doctor's answer"
        );
    }

    /// @dev Any order of accepting and removing leaves the list as the doctor's decisions say: newest first, each
    /// accepted patient once, no one else.
    function testFuzz_patientsOf_followsTheDoctorsDecisions(uint256 seed) public {
        address[] memory people = new address[](8);
        bool[] memory accepted = new bool[](8);
        for (uint256 i; i < 8; ++i) {
            people[i] = _registered(string.concat("fuzzPatient", vm.toString(i)));
            vm.prank(people[i]);
            records.grantAccess(doctor, "");
        }
        vm.prank(doctor);
        records.declinePatient(patient, address(0));
        for (uint256 step; step < 24; ++step) {
            uint256 who = uint256(keccak256(abi.encode(seed, step))) % 8;
            if (!accepted[who]) {
                vm.prank(doctor);
                records.acceptPatient(people[who]);
            } else {
                address newer = _newerThan(people[who]);
                vm.prank(doctor);
                records.declinePatient(people[who], newer);
            }
            accepted[who] = !accepted[who];
        }
        (IPatientRecords.ConsentView[] memory listed,) = records.patientsOf(doctor, address(0), 10);
        uint256 expected;
        for (uint256 i; i < 8; ++i) {
            if (accepted[i]) ++expected;
        }
        vm.assertEq(listed.length, expected, "each accepted patient once");
        for (uint256 i; i < listed.length; ++i) {
            vm.assertTrue(
                records.consentOf(listed[i].account, doctor).decision
                    == IPatientRecords.DoctorDecision.Accepted,
                "only accepted ones"
            );
        }
    }

    function _newerThan(address listedPatient) private view returns (address newer) {
        (IPatientRecords.ConsentView[] memory listed,) = records.patientsOf(doctor, address(0), 100);
        for (uint256 i; i < listed.length; ++i) {
            if (listed[i].account == listedPatient) return newer;
            newer = listed[i].account;
        }
        revert("not listed");
    }

    function _registered(string memory name) private returns (address account) {
        account = makeAddr(name);
        vm.prank(account);
        records.registerEncryptionKey(KEY);
    }

    // ─── records ───────────────────────────────────────────────────────────

    function test_addRecord_storesFactsAndEmitsTheCiphertext() public {
        vm.roll(77);
        vm.expectEmit(address(records));
        emit IPatientRecords.RecordAdded(0, patient, doctor, 0, HASH, payload, wrapped, wrapped);
        uint256 id = add();
        IPatientRecords.Record memory stored = records.getRecord(id);
        vm.assertEq(stored.patient, patient, "patient");
        vm.assertEq(stored.author, doctor, "author");
        vm.assertEq(stored.contentHash, HASH, "hash");
        vm.assertEq(uint256(stored.createdAt), block.timestamp, "time");
        vm.assertEq(uint256(stored.blockNumber), 77, "block of its event");
        vm.assertEq(uint256(stored.amendsPlusOne), 0, "original");
        vm.assertEq(records.recordCount(), 1, "count");
        (uint256 asPatient, uint256 asAuthor) = records.recordCountsOf(patient);
        vm.assertEq(asPatient + asAuthor, 1, "the patient's count");
    }

    function test_recordsOfPatient_andByAuthor_pageNewestFirst() public {
        vm.prank(patient);
        records.grantAccess(otherDoctor, "");
        vm.prank(otherDoctor);
        records.acceptPatient(patient);
        add();
        vm.prank(otherDoctor);
        records.addRecord(patient, HASH, payload, wrapped, wrapped);
        add();
        (IPatientRecords.RecordView[] memory page, uint256 next) = records.recordsOfPatient(patient, 0, 2);
        vm.assertEq(page.length, 2, "a page");
        vm.assertEq(page[0].id, 2, "newest first");
        vm.assertEq(page[1].record.author, otherDoctor, "then older");
        (page, next) = records.recordsOfPatient(patient, next, 2);
        vm.assertEq(page.length, 1, "last page");
        vm.assertEq(page[0].id, 0, "oldest");
        vm.assertEq(next, 0, "end");
        (page,) = records.recordsByAuthor(doctor, 0, 10);
        vm.assertEq(page.length, 2, "the author's own");
        vm.assertEq(page[1].id, 0, "oldest last");
        (page,) = records.recordsOfPatient(stranger, 0, 10);
        vm.assertEq(page.length, 0, "none");
        vm.expectRevert(abi.encodeWithSelector(ICareErrors.PageTooLarge.selector, 101, 100));
        records.recordsOfPatient(patient, 0, 101);
    }

    function test_addRecord_revertsWithoutConsentForNonDoctorsAfterRevocationAndWhenEmpty() public {
        vm.expectRevert(abi.encodeWithSelector(IPatientRecords.NoConsent.selector, patient, otherDoctor));
        vm.prank(otherDoctor);
        records.addRecord(patient, HASH, payload, wrapped, wrapped);

        vm.expectRevert(notADoctor(stranger));
        vm.prank(stranger);
        records.addRecord(patient, HASH, payload, wrapped, wrapped);

        vm.expectRevert(abi.encodeWithSelector(IPatientRecords.InvalidPayload.selector, 0, 4096));
        vm.prank(doctor);
        records.addRecord(patient, HASH, "", wrapped, wrapped);

        vm.expectRevert(abi.encodeWithSelector(IPatientRecords.InvalidPayload.selector, 3, 104));
        vm.prank(doctor);
        records.addRecord(patient, HASH, payload, hex"aabbcc", wrapped);

        vm.prank(patient);
        records.revokeAccess(doctor);
        vm.expectRevert(abi.encodeWithSelector(IPatientRecords.NoConsent.selector, patient, doctor));
        vm.prank(doctor);
        records.addRecord(patient, HASH, payload, wrapped, wrapped);
    }

    /// @dev Review finding 6: a 512 KB record was accepted (~10.6M gas); payloads are capped at what the form allows.
    function test_addRecord_refusesAPayloadOverTheCap() public {
        vm.expectRevert(abi.encodeWithSelector(IPatientRecords.InvalidPayload.selector, 4097, 4096));
        vm.prank(doctor);
        records.addRecord(patient, HASH, new bytes(4097), wrapped, wrapped);
        vm.prank(doctor);
        records.addRecord(patient, HASH, new bytes(4096), wrapped, wrapped);
    }

    function test_addRecord_revertsForAnUnregisteredPatient() public {
        vm.expectRevert(abi.encodeWithSelector(IPatientRecords.NoConsent.selector, stranger, doctor));
        vm.prank(doctor);
        records.addRecord(stranger, HASH, payload, wrapped, wrapped);
    }

    function test_addRecord_revertsWhenTheDoctorLostTheRole() public {
        vm.prank(admin);
        roles.revokeRole(doctorRole, doctor);
        vm.expectRevert(notADoctor(doctor));
        vm.prank(doctor);
        records.addRecord(patient, HASH, payload, wrapped, wrapped);
    }

    function test_amendRecord_appendsACorrectionPointingToTheOriginal() public {
        uint256 original = add();
        vm.expectEmit(address(records));
        emit IPatientRecords.RecordAdded(1, patient, doctor, original + 1, HASH, payload, wrapped, wrapped);
        vm.prank(doctor);
        uint256 amendment = records.amendRecord(original, HASH, payload, wrapped, wrapped);
        vm.assertEq(uint256(records.getRecord(amendment).amendsPlusOne), original + 1, "points back");
        vm.assertEq(records.getRecord(original).contentHash, HASH, "original kept");
        (uint256 asPatient,) = records.recordCountsOf(patient);
        vm.assertEq(asPatient, 2, "both listed");
        vm.prank(doctor);
        uint256 second = records.amendRecord(original, HASH, payload, wrapped, wrapped);
        vm.assertEq(uint256(records.getRecord(second).amendsPlusOne), original + 1, "a second correction");
    }

    /// @dev Review finding 7: a correction of a correction was accepted on chain and dropped by the timeline.
    function test_amendRecord_refusesToAmendACorrection() public {
        uint256 original = add();
        vm.prank(doctor);
        uint256 amendment = records.amendRecord(original, HASH, payload, wrapped, wrapped);
        vm.expectRevert(
            abi.encodeWithSelector(IPatientRecords.AmendTheOriginal.selector, amendment, original)
        );
        vm.prank(doctor);
        records.amendRecord(amendment, HASH, payload, wrapped, wrapped);
    }

    function test_amendRecord_revertsForSomeoneElsesRecordUnknownIdsAndAfterRevocation() public {
        uint256 original = add();
        vm.prank(patient);
        records.grantAccess(otherDoctor, "");
        vm.expectRevert(abi.encodeWithSelector(IPatientRecords.NotAuthor.selector, otherDoctor, original));
        vm.prank(otherDoctor);
        records.amendRecord(original, HASH, payload, wrapped, wrapped);

        vm.expectRevert(abi.encodeWithSelector(IPatientRecords.UnknownRecord.selector, 9));
        vm.prank(doctor);
        records.amendRecord(9, HASH, payload, wrapped, wrapped);

        vm.prank(patient);
        records.revokeAccess(doctor);
        vm.expectRevert(abi.encodeWithSelector(IPatientRecords.NoConsent.selector, patient, doctor));
        vm.prank(doctor);
        records.amendRecord(original, HASH, payload, wrapped, wrapped);
    }

    // ─── sharing ───────────────────────────────────────────────────────────

    function test_shareRecords_emitsAWrappedKeyPerRecordAndLinksTheBlock() public {
        uint256 first = add();
        uint256 second = add();
        vm.prank(patient);
        records.grantAccess(otherDoctor, "");
        uint256[] memory ids = new uint256[](2);
        (ids[0], ids[1]) = (first, second);
        bytes[] memory keys = new bytes[](2);
        (keys[0], keys[1]) = (wrapped, wrapped);
        vm.roll(40);
        vm.expectEmit(address(records));
        emit IPatientRecords.RecordKeyShared(first, otherDoctor, wrapped);
        vm.expectEmit(address(records));
        emit IPatientRecords.RecordKeyShared(second, otherDoctor, wrapped);
        vm.expectEmit(address(records));
        emit IPatientRecords.KeysSharedInBlock(patient, otherDoctor, 0);
        vm.prank(patient);
        records.shareRecords(otherDoctor, ids, keys);
        vm.recordLogs();
        vm.prank(patient);
        records.shareRecords(otherDoctor, ids, keys);
        vm.assertEq(_shareLinks().length, 0, "a block is linked once");
        vm.roll(41);
        vm.expectEmit(address(records));
        emit IPatientRecords.KeysSharedInBlock(patient, otherDoctor, 40);
        vm.prank(patient);
        records.shareRecords(otherDoctor, ids, keys);
        vm.assertEq(uint256(records.consentOf(patient, otherDoctor).latestShareBlock), 41, "the latest block");
    }

    /// @dev Walking back from the consent's latest share block through the events finds every block with shares to
    /// that reader, newest first, each once; shares of other pairs in the same blocks do not join the walk.
    function testFuzz_shareBlocks_walkBackThroughEveryBlock(uint8 shares, uint8 otherPairEvery) public {
        uint256 count = bound(shares, 0, 40);
        uint256 every = bound(otherPairEvery, 1, 5);
        (uint256[] memory ids, bytes[] memory keys) = one(add());
        vm.prank(patient);
        records.grantAccess(otherDoctor, "");
        address other = makeAddr("secondPatient");
        vm.startPrank(other);
        records.registerEncryptionKey(KEY);
        records.grantAccess(doctor, "");
        records.grantAccess(otherDoctor, "");
        vm.stopPrank();
        vm.prank(doctor);
        records.acceptPatient(other);
        vm.prank(doctor);
        (uint256[] memory otherIds,) = one(records.addRecord(other, HASH, payload, wrapped, wrapped));
        vm.recordLogs();
        for (uint256 i; i < count; ++i) {
            vm.roll(1000 + i * 1000);
            vm.prank(patient);
            records.shareRecords(otherDoctor, ids, keys);
            if (i % every == 0) {
                vm.prank(other);
                records.shareRecords(otherDoctor, otherIds, keys);
            }
        }
        Vm.Log[] memory links = _shareLinks();
        uint256 walked = records.consentOf(patient, otherDoctor).latestShareBlock;
        for (uint256 seen; seen < count; ++seen) {
            vm.assertEq(walked, 1000 + (count - 1 - seen) * 1000, "newest first, each once");
            walked = _previousShareBlock(links, patient, walked);
        }
        vm.assertEq(walked, 0, "the walk ends at the first share");
    }

    /// @dev The author check compares two bytes first; a reader whose address ends like the author's is still
    /// told apart by the full address.
    function test_shareRecords_aReaderEndingLikeTheAuthorIsNotTheAuthor() public {
        address lookalike = address(uint160(doctor) ^ (uint160(1) << 100));
        vm.prank(admin);
        roles.grantRole(doctorRole, lookalike);
        vm.prank(lookalike);
        records.registerEncryptionKey(bytes32(uint256(7)));
        vm.prank(patient);
        records.grantAccess(lookalike, "");
        (uint256[] memory ids, bytes[] memory keys) = one(add());
        vm.expectEmit(address(records));
        emit IPatientRecords.RecordKeyShared(ids[0], lookalike, wrapped);
        vm.prank(patient);
        records.shareRecords(lookalike, ids, keys);
    }

    function _shareLinks() private returns (Vm.Log[] memory links) {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        links = new Vm.Log[](logs.length);
        uint256 count;
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].topics[0] == IPatientRecords.KeysSharedInBlock.selector) links[count++] = logs[i];
        }
        assembly ("memory-safe") {
            mstore(links, count)
        }
    }

    /// @dev What an app reads from the block's events: the link of this patient's first share to the reader there.
    function _previousShareBlock(Vm.Log[] memory links, address sharer, uint256 shareBlock)
        private
        view
        returns (uint256)
    {
        for (uint256 i = links.length; i > 0; --i) {
            Vm.Log memory link = links[i - 1];
            bool ofThePair = link.topics[1] == bytes32(uint256(uint160(sharer)))
                && link.topics[2] == bytes32(uint256(uint160(otherDoctor)));
            if (ofThePair) {
                uint256 previous = abi.decode(link.data, (uint256));
                if (previous < shareBlock) return previous;
            }
        }
        revert("no link");
    }

    function test_shareRecords_reverts() public {
        uint256 id = add();
        (uint256[] memory ids, bytes[] memory keys) = one(id);

        vm.expectRevert(abi.encodeWithSelector(IPatientRecords.NoConsent.selector, patient, otherDoctor));
        vm.prank(patient);
        records.shareRecords(otherDoctor, ids, keys);

        vm.expectRevert(abi.encodeWithSelector(IPatientRecords.LengthMismatch.selector, 1, 0));
        vm.prank(patient);
        records.shareRecords(doctor, ids, new bytes[](0));

        vm.prank(stranger);
        records.registerEncryptionKey(KEY);
        vm.prank(stranger);
        records.grantAccess(otherDoctor, "");
        vm.expectRevert(abi.encodeWithSelector(IPatientRecords.NotYourRecord.selector, stranger, id));
        vm.prank(stranger);
        records.shareRecords(otherDoctor, ids, keys);

        vm.prank(patient);
        records.grantAccess(otherDoctor, "");
        ids[0] = 7;
        vm.expectRevert(abi.encodeWithSelector(IPatientRecords.UnknownRecord.selector, 7));
        vm.prank(patient);
        records.shareRecords(otherDoctor, ids, keys);
    }

    /// @dev Review finding 8: sharing a record with its own author replaced the author's key in the app.
    function test_shareRecords_refusesTheRecordsAuthor() public {
        (uint256[] memory ids, bytes[] memory keys) = one(add());
        vm.expectRevert(abi.encodeWithSelector(IPatientRecords.ReaderIsAuthor.selector, ids[0], doctor));
        vm.prank(patient);
        records.shareRecords(doctor, ids, keys);
    }

    function test_shareRecords_revertsAfterRevocation() public {
        (uint256[] memory ids, bytes[] memory keys) = one(add());
        vm.prank(patient);
        records.grantAccess(otherDoctor, "");
        vm.prank(patient);
        records.revokeAccess(otherDoctor);
        vm.expectRevert(abi.encodeWithSelector(IPatientRecords.NoConsent.selector, patient, otherDoctor));
        vm.prank(patient);
        records.shareRecords(otherDoctor, ids, keys);
    }

    function test_getRecord_revertsForUnknownIds() public {
        vm.expectRevert(abi.encodeWithSelector(IPatientRecords.UnknownRecord.selector, 0));
        records.getRecord(0);
    }

    // ─── fuzz ──────────────────────────────────────────────────────────────

    function testFuzz_onlyAConsentedDoctorWrites(
        address writer,
        bytes32 contentHash,
        bytes calldata ciphertext
    ) public {
        vm.assume(ciphertext.length > 0 && ciphertext.length <= 4096);
        bool allowed = writer == doctor;
        if (!allowed) vm.expectRevert();
        vm.prank(writer);
        records.addRecord(patient, contentHash, ciphertext, wrapped, wrapped);
        vm.assertEq(records.recordCount(), allowed ? 1 : 0, "written only by the consented doctor");
    }

    function testFuzz_consentFollowsTheLastDecision(bool[8] calldata grants) public {
        bool allowed;
        for (uint256 i; i < grants.length; ++i) {
            // Revoking a consent not given now is refused and changes nothing.
            if (!grants[i] && !allowed) {
                vm.expectRevert(
                    abi.encodeWithSelector(IPatientRecords.NoConsent.selector, patient, otherDoctor)
                );
            }
            vm.prank(patient);
            if (grants[i]) records.grantAccess(otherDoctor, "");
            else records.revokeAccess(otherDoctor);
            allowed = grants[i];
        }
        vm.assertEq(records.hasConsent(patient, otherDoctor), grants[7], "last decision wins");
    }

    /// An accounting of disclosures walks a pair's grants and revocations back through their events, and an
    /// account's key registrations: each names the block of the one before (in the same block: that block).
    function testFuzz_grantsAndRevocationsLinkEveryChangeNewestFirst(bool[8] calldata grants) public {
        uint256 previous = records.consentOf(patient, doctor).changedAtBlock;
        bool allowed = true;
        for (uint256 i; i < grants.length; ++i) {
            if (!grants[i] && !allowed) continue;
            vm.roll(block.number + (i % 2));
            vm.expectEmit(address(records));
            if (grants[i]) emit IPatientRecords.AccessGranted(patient, doctor, "", previous);
            else emit IPatientRecords.AccessRevoked(patient, doctor, previous);
            vm.prank(patient);
            if (grants[i]) records.grantAccess(doctor, "");
            else records.revokeAccess(doctor);
            vm.assertEq(
                uint256(records.consentOf(patient, doctor).changedAtBlock), block.number, "head moved"
            );
            (previous, allowed) = (block.number, grants[i]);
        }
        uint256 keyBlock = records.accountOf(patient).keyBlock;
        vm.roll(block.number + 1);
        vm.expectEmit(address(records));
        emit IPatientRecords.EncryptionKeyRegistered(patient, HASH, keyBlock);
        vm.prank(patient);
        records.setUpRecordsKey(HASH, hex"01");
    }

    function test_revokeAccess_refusesAConsentNotGivenNow() public {
        vm.expectRevert(abi.encodeWithSelector(IPatientRecords.NoConsent.selector, patient, otherDoctor));
        vm.prank(patient);
        records.revokeAccess(otherDoctor);
        vm.prank(patient);
        records.revokeAccess(doctor);
        vm.expectRevert(abi.encodeWithSelector(IPatientRecords.NoConsent.selector, patient, doctor));
        vm.prank(patient);
        records.revokeAccess(doctor);
    }

    function testFuzz_listsHoldEveryRecordOnceNewestFirst(uint8 count, uint8 pageSize) public {
        count = uint8(bound(count, 0, 40));
        pageSize = uint8(bound(pageSize, 1, 100));
        for (uint256 i; i < count; ++i) {
            add();
        }
        uint256 seen;
        uint256 cursor;
        uint256 previous = type(uint256).max;
        do {
            IPatientRecords.RecordView[] memory page;
            (page, cursor) = records.recordsOfPatient(patient, cursor, pageSize);
            for (uint256 i; i < page.length; ++i) {
                vm.assertTrue(page[i].id < previous, "strictly newest first");
                previous = page[i].id;
                ++seen;
            }
        } while (cursor != 0);
        vm.assertEq(seen, count, "every record once");
    }
}
