// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CareRoles} from "../src/CareRoles.sol";
import {PatientRecords} from "../src/PatientRecords.sol";
import {CheatTest} from "./CheatTest.sol";

contract PatientRecordsTest is CheatTest {
    CareRoles internal roles;
    PatientRecords internal records;
    address internal admin = makeAddr("admin");
    address internal doctor = makeAddr("doctor");
    address internal otherDoctor = makeAddr("otherDoctor");
    address internal patient = makeAddr("patient");
    address internal stranger = makeAddr("stranger");
    bytes32 internal constant KEY = keccak256("a public key");
    bytes32 internal constant HASH = keccak256("plaintext");
    bytes internal payload = hex"0102030405";
    bytes internal wrapped = hex"aabbcc";

    function setUp() public {
        roles = new CareRoles(admin);
        records = new PatientRecords(roles);
        bytes32 doctorRole = roles.DOCTOR_ROLE();
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
        records.grantAccess(doctor);
    }

    function add() internal returns (uint256) {
        vm.prank(doctor);
        return records.addRecord(patient, HASH, payload, wrapped, wrapped);
    }

    // ─── keys ──────────────────────────────────────────────────────────────

    function test_registerEncryptionKey_storesRotatesAndEmits() public {
        vm.expectEmit(address(records));
        emit PatientRecords.EncryptionKeyRegistered(stranger, KEY);
        vm.prank(stranger);
        records.registerEncryptionKey(KEY);
        vm.assertEq(records.encryptionKeyOf(stranger), KEY, "registered");
        vm.prank(stranger);
        records.registerEncryptionKey(HASH);
        vm.assertEq(records.encryptionKeyOf(stranger), HASH, "rotated");
    }

    function test_registerEncryptionKey_revertsOnZero() public {
        vm.expectRevert(PatientRecords.ZeroKey.selector);
        vm.prank(stranger);
        records.registerEncryptionKey(bytes32(0));
    }

    // ─── consent ───────────────────────────────────────────────────────────

    function test_grantAccess_andRevokeAccess_emit() public {
        vm.expectEmit(address(records));
        emit PatientRecords.AccessGranted(patient, otherDoctor);
        vm.prank(patient);
        records.grantAccess(otherDoctor);
        vm.assertTrue(records.hasConsent(patient, otherDoctor), "granted");
        vm.expectEmit(address(records));
        emit PatientRecords.AccessRevoked(patient, otherDoctor);
        vm.prank(patient);
        records.revokeAccess(otherDoctor);
        vm.assertFalse(records.hasConsent(patient, otherDoctor), "revoked");
    }

    function test_grantAccess_revertsForAnUnregisteredPatientANonDoctorOrAnUnregisteredDoctor() public {
        vm.expectRevert(abi.encodeWithSelector(PatientRecords.NotRegistered.selector, stranger));
        vm.prank(stranger);
        records.grantAccess(doctor);
        vm.expectRevert(abi.encodeWithSelector(PatientRecords.NotADoctor.selector, stranger));
        vm.prank(patient);
        records.grantAccess(stranger);
        address newDoctor = makeAddr("newDoctor");
        bytes32 doctorRole = roles.DOCTOR_ROLE();
        vm.prank(admin);
        roles.grantRole(doctorRole, newDoctor);
        vm.expectRevert(abi.encodeWithSelector(PatientRecords.NotRegistered.selector, newDoctor));
        vm.prank(patient);
        records.grantAccess(newDoctor);
    }

    // ─── records ───────────────────────────────────────────────────────────

    function test_addRecord_storesFactsAndEmitsTheCiphertext() public {
        vm.expectEmit(address(records));
        emit PatientRecords.RecordAdded(0, patient, doctor, 0, HASH, payload, wrapped, wrapped);
        uint256 id = add();
        PatientRecords.Record memory stored = records.getRecord(id);
        vm.assertEq(stored.patient, patient, "patient");
        vm.assertEq(stored.author, doctor, "author");
        vm.assertEq(stored.contentHash, HASH, "hash");
        vm.assertEq(uint256(stored.createdAt), block.timestamp, "time");
        vm.assertEq(uint256(stored.amendsPlusOne), 0, "original");
        vm.assertEq(records.recordsOf(patient).length, 1, "listed");
        vm.assertEq(records.recordCount(), 1, "count");
    }

    function test_addRecord_revertsWithoutConsentForNonDoctorsAfterRevocationAndWhenEmpty() public {
        vm.expectRevert(abi.encodeWithSelector(PatientRecords.NoConsent.selector, patient, otherDoctor));
        vm.prank(otherDoctor);
        records.addRecord(patient, HASH, payload, wrapped, wrapped);

        vm.expectRevert(abi.encodeWithSelector(PatientRecords.NotADoctor.selector, stranger));
        vm.prank(stranger);
        records.addRecord(patient, HASH, payload, wrapped, wrapped);

        vm.expectRevert(PatientRecords.EmptyPayload.selector);
        vm.prank(doctor);
        records.addRecord(patient, HASH, "", wrapped, wrapped);

        vm.prank(patient);
        records.revokeAccess(doctor);
        vm.expectRevert(abi.encodeWithSelector(PatientRecords.NoConsent.selector, patient, doctor));
        vm.prank(doctor);
        records.addRecord(patient, HASH, payload, wrapped, wrapped);
    }

    function test_addRecord_revertsForAnUnregisteredPatient() public {
        vm.expectRevert(abi.encodeWithSelector(PatientRecords.NoConsent.selector, stranger, doctor));
        vm.prank(doctor);
        records.addRecord(stranger, HASH, payload, wrapped, wrapped);
    }

    function test_addRecord_revertsWhenTheDoctorLostTheRole() public {
        bytes32 doctorRole = roles.DOCTOR_ROLE();
        vm.prank(admin);
        roles.revokeRole(doctorRole, doctor);
        vm.expectRevert(abi.encodeWithSelector(PatientRecords.NotADoctor.selector, doctor));
        vm.prank(doctor);
        records.addRecord(patient, HASH, payload, wrapped, wrapped);
    }

    function test_amendRecord_appendsACorrectionPointingToTheOriginal() public {
        uint256 original = add();
        vm.expectEmit(address(records));
        emit PatientRecords.RecordAdded(1, patient, doctor, original + 1, HASH, payload, wrapped, wrapped);
        vm.prank(doctor);
        uint256 amendment = records.amendRecord(original, HASH, payload, wrapped, wrapped);
        vm.assertEq(uint256(records.getRecord(amendment).amendsPlusOne), original + 1, "points back");
        vm.assertEq(records.getRecord(original).contentHash, HASH, "original kept");
        vm.assertEq(records.recordsOf(patient).length, 2, "both listed");
    }

    function test_amendRecord_revertsForSomeoneElsesRecordUnknownIdsAndAfterRevocation() public {
        uint256 original = add();
        vm.prank(patient);
        records.grantAccess(otherDoctor);
        vm.expectRevert(abi.encodeWithSelector(PatientRecords.NotAuthor.selector, otherDoctor, original));
        vm.prank(otherDoctor);
        records.amendRecord(original, HASH, payload, wrapped, wrapped);

        vm.expectRevert(abi.encodeWithSelector(PatientRecords.UnknownRecord.selector, 9));
        vm.prank(doctor);
        records.amendRecord(9, HASH, payload, wrapped, wrapped);

        vm.prank(patient);
        records.revokeAccess(doctor);
        vm.expectRevert(abi.encodeWithSelector(PatientRecords.NoConsent.selector, patient, doctor));
        vm.prank(doctor);
        records.amendRecord(original, HASH, payload, wrapped, wrapped);
    }

    // ─── sharing ───────────────────────────────────────────────────────────

    function test_shareRecords_emitsAWrappedKeyPerRecord() public {
        uint256 first = add();
        uint256 second = add();
        vm.prank(patient);
        records.grantAccess(otherDoctor);
        uint256[] memory ids = new uint256[](2);
        (ids[0], ids[1]) = (first, second);
        bytes[] memory keys = new bytes[](2);
        (keys[0], keys[1]) = (hex"01", hex"02");
        vm.expectEmit(address(records));
        emit PatientRecords.RecordKeyShared(first, otherDoctor, hex"01");
        vm.expectEmit(address(records));
        emit PatientRecords.RecordKeyShared(second, otherDoctor, hex"02");
        vm.prank(patient);
        records.shareRecords(otherDoctor, ids, keys);
    }

    function test_shareRecords_reverts() public {
        uint256 id = add();
        uint256[] memory ids = new uint256[](1);
        ids[0] = id;
        bytes[] memory keys = new bytes[](1);
        keys[0] = hex"01";

        vm.expectRevert(abi.encodeWithSelector(PatientRecords.NoConsent.selector, patient, otherDoctor));
        vm.prank(patient);
        records.shareRecords(otherDoctor, ids, keys);

        vm.expectRevert(abi.encodeWithSelector(PatientRecords.LengthMismatch.selector, 1, 0));
        vm.prank(patient);
        records.shareRecords(doctor, ids, new bytes[](0));

        vm.prank(stranger);
        records.registerEncryptionKey(KEY);
        vm.prank(stranger);
        records.grantAccess(doctor);
        vm.expectRevert(abi.encodeWithSelector(PatientRecords.NotYourRecord.selector, stranger, id));
        vm.prank(stranger);
        records.shareRecords(doctor, ids, keys);

        ids[0] = 7;
        vm.expectRevert(abi.encodeWithSelector(PatientRecords.UnknownRecord.selector, 7));
        vm.prank(patient);
        records.shareRecords(doctor, ids, keys);
    }

    function test_shareRecords_revertsAfterRevocation() public {
        uint256[] memory ids = new uint256[](1);
        ids[0] = add();
        bytes[] memory keys = new bytes[](1);
        keys[0] = hex"01";
        vm.prank(patient);
        records.revokeAccess(doctor);
        vm.expectRevert(abi.encodeWithSelector(PatientRecords.NoConsent.selector, patient, doctor));
        vm.prank(patient);
        records.shareRecords(doctor, ids, keys);
    }

    function test_getRecord_revertsForUnknownIds() public {
        vm.expectRevert(abi.encodeWithSelector(PatientRecords.UnknownRecord.selector, 0));
        records.getRecord(0);
    }

    // ─── role × function matrix ────────────────────────────────────────────

    /// @dev Who may call each state-changing function, from every kind of account: the patient (registered,
    /// consenting), a consented doctor, a doctor without consent, the admin, and a stranger.
    function test_accessMatrix() public {
        uint256 id = add();
        address[5] memory callers = [patient, doctor, otherDoctor, admin, stranger];
        // addRecord, amendRecord, shareRecords(to doctor): allowed for the consented doctor / author / patient only.
        bool[5] memory mayAdd = [false, true, false, false, false];
        bool[5] memory mayShare = [true, false, false, false, false];
        for (uint256 i; i < callers.length; ++i) {
            vm.prank(callers[i]);
            (bool added,) = address(records)
                .call(abi.encodeCall(PatientRecords.addRecord, (patient, HASH, payload, wrapped, wrapped)));
            vm.assertEq(added, mayAdd[i], "addRecord");
            vm.prank(callers[i]);
            (bool amended,) = address(records)
                .call(abi.encodeCall(PatientRecords.amendRecord, (id, HASH, payload, wrapped, wrapped)));
            vm.assertEq(amended, mayAdd[i], "amendRecord");
            uint256[] memory ids = new uint256[](1);
            ids[0] = id;
            bytes[] memory keys = new bytes[](1);
            keys[0] = wrapped;
            vm.prank(callers[i]);
            (bool shared,) =
                address(records).call(abi.encodeCall(PatientRecords.shareRecords, (doctor, ids, keys)));
            vm.assertEq(shared, mayShare[i], "shareRecords");
        }
    }

    // ─── fuzz ──────────────────────────────────────────────────────────────

    function testFuzz_onlyAConsentedDoctorWrites(
        address writer,
        bytes32 contentHash,
        bytes calldata ciphertext
    ) public {
        vm.assume(ciphertext.length > 0);
        bool allowed = writer == doctor;
        if (!allowed) vm.expectRevert();
        vm.prank(writer);
        records.addRecord(patient, contentHash, ciphertext, wrapped, wrapped);
        vm.assertEq(records.recordCount(), allowed ? 1 : 0, "written only by the consented doctor");
    }

    function testFuzz_consentFollowsTheLastDecision(bool[8] calldata grants) public {
        for (uint256 i; i < grants.length; ++i) {
            vm.prank(patient);
            if (grants[i]) records.grantAccess(otherDoctor);
            else records.revokeAccess(otherDoctor);
        }
        vm.assertEq(records.hasConsent(patient, otherDoctor), grants[7], "last decision wins");
    }
}
