// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CareRoles} from "../../src/CareRoles.sol";
import {PatientRecords} from "../../src/PatientRecords.sol";
import {CheatTest} from "../CheatTest.sol";

/// @dev One user transaction per test, for `forge snapshot` (contracts/.gas-snapshot, checked in CI). A typical
/// record: 340 bytes of sealed payload (24-byte nonce, 300 bytes of plaintext, 16-byte tag), two 104-byte keys.
contract PatientRecordsGasTest is CheatTest {
    PatientRecords internal records;
    address internal doctor = makeAddr("doctor");
    address internal secondDoctor = makeAddr("secondDoctor");
    /// @dev Already holds the keys of the patient's three records, shared in an earlier block.
    address internal sharedDoctor = makeAddr("sharedDoctor");
    address internal patient = makeAddr("patient");
    /// @dev Registered, consenting to the doctor, without any record yet.
    address internal newPatient = makeAddr("newPatient");
    /// @dev Registered, without any consent yet.
    address internal newcomer = makeAddr("newcomer");
    /// @dev Registered, asking the doctor (who has accepted patients before) to take them on.
    address internal requester = makeAddr("requester");
    bytes internal payload = new bytes(340);
    bytes internal wrapped = new bytes(104);

    function setUp() public {
        address admin = makeAddr("admin");
        CareRoles roles = new CareRoles(admin);
        records = new PatientRecords(roles);
        bytes32 doctorRole = roles.DOCTOR_ROLE();
        vm.startPrank(admin);
        roles.grantRole(doctorRole, doctor);
        roles.grantRole(doctorRole, secondDoctor);
        roles.grantRole(doctorRole, sharedDoctor);
        vm.stopPrank();
        for (uint256 i; i < payload.length; ++i) {
            payload[i] = bytes1(uint8(i * 7 + 1));
        }
        for (uint256 i; i < wrapped.length; ++i) {
            wrapped[i] = bytes1(uint8(i * 11 + 3));
        }
        vm.prank(doctor);
        records.registerEncryptionKey(keccak256("doctor"));
        vm.prank(secondDoctor);
        records.registerEncryptionKey(keccak256("second"));
        vm.prank(sharedDoctor);
        records.registerEncryptionKey(keccak256("shared"));
        vm.prank(newcomer);
        records.registerEncryptionKey(keccak256("newcomer"));
        vm.startPrank(patient);
        records.registerEncryptionKey(keccak256("patient"));
        records.grantAccess(doctor, "");
        records.grantAccess(sharedDoctor, "");
        vm.stopPrank();
        vm.prank(doctor);
        records.acceptPatient(patient);
        for (uint256 i; i < 3; ++i) {
            vm.prank(doctor);
            records.addRecord(patient, keccak256(abi.encode(i)), payload, wrapped, wrapped);
        }
        (uint256[] memory ids, bytes[] memory keys) = _threeShares();
        vm.prank(patient);
        records.shareRecords(sharedDoctor, ids, keys);
        // The tests' transactions come a block later than that share.
        vm.roll(block.number + 1);
        vm.prank(patient);
        records.grantAccess(secondDoctor, "");
        vm.startPrank(newPatient);
        records.registerEncryptionKey(keccak256("newPatient"));
        records.grantAccess(doctor, "");
        vm.stopPrank();
        vm.prank(doctor);
        records.acceptPatient(newPatient);
        vm.startPrank(requester);
        records.registerEncryptionKey(keccak256("requester"));
        records.grantAccess(doctor, "");
        vm.stopPrank();
    }

    function test_gas_registerEncryptionKey() public {
        vm.prank(makeAddr("stranger"));
        records.registerEncryptionKey(keccak256("stranger"));
    }

    /// The sealed copies of a key under a wallet signature and a recovery kit, as the app writes them.
    uint256 internal constant UNLOCKERS_BYTES = 160;

    function test_gas_setUpRecordsKey_walletAndKit() public {
        vm.prank(makeAddr("stranger"));
        records.setUpRecordsKey(keccak256("stranger"), new bytes(UNLOCKERS_BYTES));
    }

    function test_gas_setKeyUnlockers_addAKit() public {
        vm.prank(patient);
        records.setKeyUnlockers(new bytes(UNLOCKERS_BYTES));
    }

    /// The wallet's and the kit's copies, and a passkey's: its 32-byte credential id beside its sealed copy.
    uint256 internal constant UNLOCKERS_WITH_PASSKEY_BYTES = 259;

    function test_gas_setKeyUnlockers_addAPasskey() public {
        vm.prank(patient);
        records.setKeyUnlockers(new bytes(UNLOCKERS_WITH_PASSKEY_BYTES));
    }

    function test_gas_grantAccess() public {
        vm.prank(patient);
        records.revokeAccess(secondDoctor);
        vm.prank(patient);
        records.grantAccess(secondDoctor, "");
    }

    /// @dev A patient's first consent ever: the pair is linked into both consent lists.
    function test_gas_grantAccess_firstEver() public {
        vm.prank(newcomer);
        records.grantAccess(doctor, "");
    }

    /// @dev A doctor takes on a patient who asked, at the head of a list that holds patients already.
    function test_gas_acceptPatient() public {
        vm.prank(doctor);
        records.acceptPatient(requester);
    }

    /// @dev A doctor's first accepted patient: the head of their list is a fresh slot.
    function test_gas_acceptPatient_doctorsFirst() public {
        vm.prank(secondDoctor);
        records.acceptPatient(patient);
    }

    /// @dev A doctor removes the newest patient of their list.
    function test_gas_declinePatient_accepted() public {
        vm.prank(doctor);
        records.declinePatient(newPatient, address(0));
    }

    /// @dev The first record of a patient (the author has written before).
    function test_gas_addRecord_300Bytes_firstForPatient() public {
        vm.prank(doctor);
        records.addRecord(newPatient, keccak256("record"), payload, wrapped, wrapped);
    }

    function test_gas_addRecord_300Bytes() public {
        vm.prank(doctor);
        records.addRecord(patient, keccak256("record"), payload, wrapped, wrapped);
    }

    function test_gas_amendRecord_300Bytes() public {
        vm.prank(doctor);
        records.amendRecord(0, keccak256("correction"), payload, wrapped, wrapped);
    }

    /// @dev The first share from the patient to this reader: its block starts the pair's list of share blocks.
    function test_gas_shareRecords_threeRecords() public {
        (uint256[] memory ids, bytes[] memory keys) = _threeShares();
        vm.prank(patient);
        records.shareRecords(secondDoctor, ids, keys);
    }

    /// @dev A later share to a reader who already holds shares from an earlier block.
    function test_gas_shareRecords_threeRecords_again() public {
        (uint256[] memory ids, bytes[] memory keys) = _threeShares();
        vm.prank(patient);
        records.shareRecords(sharedDoctor, ids, keys);
    }

    function _threeShares() internal view returns (uint256[] memory ids, bytes[] memory keys) {
        ids = new uint256[](3);
        keys = new bytes[](3);
        for (uint256 i; i < 3; ++i) {
            ids[i] = i;
            keys[i] = wrapped;
        }
    }
}
