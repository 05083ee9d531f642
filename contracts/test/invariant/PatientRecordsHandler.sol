// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CareRoles} from "../../src/CareRoles.sol";
import {IPatientRecords} from "../../src/interfaces/IPatientRecords.sol";
import {PatientRecords} from "../../src/PatientRecords.sol";
import {CheatTest, Vm} from "../CheatTest.sol";

/// @dev Patients, doctors and a stranger register keys, consent and revoke, accept and decline, write, amend and
/// share, in any order and any combination (most of them refused); the admin takes the doctor role away and gives it
/// back. The handler keeps
/// its own model of who may write, and records every write and share the contract let through against it.
contract PatientRecordsHandler is CheatTest {
    struct Written {
        address patient;
        address author;
        uint32 amendsPlusOne;
        bytes32 contentHash;
    }

    PatientRecords internal immutable records;
    CareRoles internal immutable roles;
    address internal immutable admin;
    address[] public accounts;

    mapping(address account => bool) public registered;
    mapping(address patient => mapping(address doctor => bool)) public consents;
    mapping(address account => bool) public isDoctor;
    /// @dev Whom each doctor has accepted and not declined since: the doctor's own list.
    mapping(address patient => mapping(address doctor => bool)) public accepted;
    /// @dev Accepts and declines the contract took although the model says they should have been refused.
    uint256 public unauthorisedDecisions;
    Written[] internal written;
    mapping(address patient => uint256 count) public writtenFor;
    mapping(address author => uint256 count) public writtenBy;
    /// @dev Every patient–doctor pair that ever held a consent, in the order first granted.
    mapping(address patient => mapping(address doctor => bool)) public everGranted;
    /// @dev What the events say of each patient's doctors, as an app reads them: the link each block of new doctors
    /// emitted, and the doctors granted in each block.
    mapping(address patient => mapping(uint256 blockNumber => uint256 previousPlusOne)) public linkBefore;
    mapping(address patient => mapping(uint256 blockNumber => address[] doctors)) internal _grantedIn;
    bytes internal key104 = new bytes(104);
    /// @dev Writes and shares the contract accepted although the model says they should have been refused.
    uint256 public unauthorisedWrites;
    uint256 public unauthorisedShares;

    constructor(PatientRecords records_, CareRoles roles_, address admin_, address[] memory accounts_) {
        records = records_;
        roles = roles_;
        admin = admin_;
        accounts = accounts_;
        for (uint256 i; i < accounts_.length; ++i) {
            isDoctor[accounts_[i]] = roles_.hasRole(roles_.DOCTOR_ROLE(), accounts_[i]);
        }
    }

    function accountCount() external view returns (uint256) {
        return accounts.length;
    }

    function writtenCount() external view returns (uint256) {
        return written.length;
    }

    function writtenAt(uint256 id) external view returns (Written memory) {
        return written[id];
    }

    /// @dev Every action lands in a block of its own, as real transactions from different people would.
    modifier nextBlock() {
        vm.roll(block.number + 1);
        _;
    }

    function register(uint256 who, bytes32 key) external nextBlock {
        address account = pick(who);
        vm.prank(account);
        try records.registerEncryptionKey(key) {
            registered[account] = true;
        } catch {}
    }

    function grant(uint256 patientSeed, uint256 doctorSeed) external nextBlock {
        _grant(pick(patientSeed), pick(doctorSeed));
    }

    /// @dev Two consents of one patient in one block: the block is linked once.
    function grantTwo(uint256 patientSeed, uint256 doctorSeed, uint256 otherDoctorSeed) external nextBlock {
        address patient = pick(patientSeed);
        _grant(patient, pick(doctorSeed));
        _grant(patient, pick(otherDoctorSeed));
    }

    function grantedIn(address patient, uint256 blockNumber) external view returns (address[] memory) {
        return _grantedIn[patient][blockNumber];
    }

    function _grant(address patient, address doctor) private {
        vm.recordLogs();
        vm.prank(patient);
        try records.grantAccess(doctor, hex"ca4d") {
            consents[patient][doctor] = true;
            everGranted[patient][doctor] = true;
            _keepConsentEvents(vm.getRecordedLogs());
        } catch {}
    }

    function _keepConsentEvents(Vm.Log[] memory logs) private {
        for (uint256 i; i < logs.length; ++i) {
            bytes32 topic = logs[i].topics[0];
            address patient = address(uint160(uint256(logs[i].topics[1])));
            if (topic == IPatientRecords.DoctorsAllowedInBlock.selector) {
                linkBefore[patient][block.number] = abi.decode(logs[i].data, (uint256)) + 1;
            } else if (topic == IPatientRecords.AccessGranted.selector) {
                _grantedIn[patient][block.number].push(address(uint160(uint256(logs[i].topics[2]))));
            }
        }
    }

    function accept(uint256 doctorSeed, uint256 patientSeed) external nextBlock {
        (address doctor, address patient) = (pick(doctorSeed), pick(patientSeed));
        bool allowed = isDoctor[doctor] && consents[patient][doctor] && !accepted[patient][doctor];
        vm.prank(doctor);
        try records.acceptPatient(patient) {
            if (!allowed) ++unauthorisedDecisions;
            accepted[patient][doctor] = true;
        } catch {}
    }

    /// @dev Names the entry before the patient as an app would, from the page it has just read.
    function decline(uint256 doctorSeed, uint256 patientSeed) external nextBlock {
        (address doctor, address patient) = (pick(doctorSeed), pick(patientSeed));
        (IPatientRecords.ConsentView[] memory listed,) = records.patientsOf(doctor, address(0), 100);
        address newer;
        for (uint256 i; i < listed.length && listed[i].account != patient; ++i) {
            newer = listed[i].account;
        }
        bool allowed = everGranted[patient][doctor];
        vm.prank(doctor);
        try records.declinePatient(patient, newer) {
            if (!allowed) ++unauthorisedDecisions;
            accepted[patient][doctor] = false;
        } catch {}
    }

    function revoke(uint256 patientSeed, uint256 doctorSeed) external nextBlock {
        (address patient, address doctor) = (pick(patientSeed), pick(doctorSeed));
        vm.prank(patient);
        try records.revokeAccess(doctor) {} catch {}
        consents[patient][doctor] = false;
    }

    /// @dev Taking DOCTOR away ends every consent given to that doctor, for good: granting the role again later
    /// restores none of them.
    function setDoctor(uint256 who, bool doctor) external nextBlock {
        address account = pick(who);
        vm.startPrank(admin);
        if (doctor) roles.grantRole(roles.DOCTOR_ROLE(), account);
        else roles.revokeRole(roles.DOCTOR_ROLE(), account);
        vm.stopPrank();
        if (!doctor && isDoctor[account]) {
            for (uint256 i; i < accounts.length; ++i) {
                consents[accounts[i]][account] = false;
            }
        }
        isDoctor[account] = doctor;
    }

    function add(uint256 authorSeed, uint256 patientSeed, bytes32 contentHash) external nextBlock {
        (address author, address patient) = (pick(authorSeed), pick(patientSeed));
        bool allowed = mayWrite(author, patient);
        vm.prank(author);
        try records.addRecord(patient, contentHash, hex"c0ffee", key104, key104) {
            if (!allowed) ++unauthorisedWrites;
            remember(patient, author, 0, contentHash);
        } catch {}
    }

    function amend(uint256 authorSeed, uint256 originalSeed, bytes32 contentHash) external nextBlock {
        if (written.length == 0) return;
        uint256 originalId = originalSeed % written.length;
        address author = pick(authorSeed);
        Written memory original = written[originalId];
        bool allowed =
            original.author == author && original.amendsPlusOne == 0 && mayWrite(author, original.patient);
        vm.prank(author);
        try records.amendRecord(originalId, contentHash, hex"c0ffee", key104, key104) {
            if (!allowed) ++unauthorisedWrites;
            // forge-lint: disable-next-line(unsafe-typecast)
            remember(original.patient, author, uint32(originalId + 1), contentHash);
        } catch {}
    }

    function share(uint256 patientSeed, uint256 doctorSeed, uint256 recordSeed) external nextBlock {
        if (written.length == 0) return;
        (address patient, address doctor) = (pick(patientSeed), pick(doctorSeed));
        uint256[] memory ids = new uint256[](1);
        ids[0] = recordSeed % written.length;
        bytes[] memory keys = new bytes[](1);
        keys[0] = key104;
        Written memory shared = written[ids[0]];
        bool allowed = consents[patient][doctor] && isDoctor[doctor] && shared.patient == patient
            && shared.author != doctor;
        vm.prank(patient);
        try records.shareRecords(doctor, ids, keys) {
            if (!allowed) ++unauthorisedShares;
        } catch {}
    }

    function mayWrite(address author, address patient) internal view returns (bool) {
        return isDoctor[author] && consents[patient][author] && accepted[patient][author]
            && registered[patient] && registered[author];
    }

    function remember(address patient, address author, uint32 amendsPlusOne, bytes32 contentHash) internal {
        written.push(Written(patient, author, amendsPlusOne, contentHash));
        ++writtenFor[patient];
        ++writtenBy[author];
    }

    function pick(uint256 seed) internal view returns (address) {
        return accounts[seed % accounts.length];
    }
}
