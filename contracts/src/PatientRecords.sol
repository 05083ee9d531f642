// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CareRoles} from "./CareRoles.sol";
import {RoleGated} from "./RoleGated.sol";

/// @title PatientRecords
/// @notice A ledger of end-to-end encrypted patient records that the patient controls. The chain keeps who may
/// write (the patient's consent to a doctor), who wrote what and when, and a hash of each record; the record
/// itself and its content key, wrapped for each reader, travel only as ciphertext in events.
/// @dev Nothing here can be read without a reader's X25519 private key, which lives only in that reader's
/// browser. Revoking consent stops new writes and new shares; it cannot make a reader forget what was shared.
contract PatientRecords is RoleGated {
    struct Record {
        address patient;
        uint64 createdAt;
        address author;
        /// @dev The record this one corrects, plus one (0: an original record).
        uint64 amendsPlusOne;
        /// @dev Hash of the plaintext (which carries a random salt, so it cannot be guessed from a dictionary).
        bytes32 contentHash;
    }

    /// @notice Each account's X25519 public key (patients and doctors alike); zero until registered.
    mapping(address account => bytes32 publicKey) public encryptionKeyOf;
    /// @notice Whether `patient` currently allows `doctor` to add records and receive shares.
    mapping(address patient => mapping(address doctor => bool allowed)) public hasConsent;
    Record[] private _records;
    mapping(address patient => uint256[] recordIds) private _recordsOf;

    event EncryptionKeyRegistered(address indexed account, bytes32 publicKey);
    event AccessGranted(address indexed patient, address indexed doctor);
    event AccessRevoked(address indexed patient, address indexed doctor);
    /// @notice `payload` is the sealed record; `keyForPatient` and `keyForAuthor` its content key, wrapped for each.
    event RecordAdded(
        uint256 indexed recordId,
        address indexed patient,
        address indexed author,
        uint256 amendsPlusOne,
        bytes32 contentHash,
        bytes payload,
        bytes keyForPatient,
        bytes keyForAuthor
    );
    /// @notice The content key of `recordId`, wrapped for `reader`.
    event RecordKeyShared(uint256 indexed recordId, address indexed reader, bytes wrappedKey);

    error ZeroKey();
    error NotRegistered(address account);
    error NotADoctor(address account);
    error NoConsent(address patient, address doctor);
    error UnknownRecord(uint256 recordId);
    error NotAuthor(address account, uint256 recordId);
    error NotYourRecord(address account, uint256 recordId);
    error EmptyPayload();
    error LengthMismatch(uint256 records, uint256 keys);

    constructor(CareRoles roles_) RoleGated(roles_) {}

    /// @notice Registers or rotates the caller's X25519 public key. Rotating does not re-encrypt past records:
    /// keys wrapped for the old public key still need the old private key.
    function registerEncryptionKey(bytes32 publicKey) external {
        if (publicKey == bytes32(0)) revert ZeroKey();
        encryptionKeyOf[msg.sender] = publicKey;
        emit EncryptionKeyRegistered(msg.sender, publicKey);
    }

    /// @notice The caller, a registered patient, allows a registered doctor to add records and receive shares.
    function grantAccess(address doctor) external {
        _requireRegistered(msg.sender);
        if (!_hasRole(DOCTOR_ROLE, doctor)) revert NotADoctor(doctor);
        _requireRegistered(doctor);
        hasConsent[msg.sender][doctor] = true;
        emit AccessGranted(msg.sender, doctor);
    }

    /// @notice The caller withdraws a doctor's access: no new records or shares from then on.
    function revokeAccess(address doctor) external {
        hasConsent[msg.sender][doctor] = false;
        emit AccessRevoked(msg.sender, doctor);
    }

    /// @notice A doctor with the patient's consent adds an encrypted record.
    /// @param contentHash SHA-256 of the plaintext, which the reader checks after decrypting.
    /// @param payload The sealed record (nonce and ciphertext).
    /// @param keyForPatient The content key wrapped for the patient's public key.
    /// @param keyForAuthor The content key wrapped for the author's own public key.
    /// @return recordId The new record's id.
    function addRecord(
        address patient,
        bytes32 contentHash,
        bytes calldata payload,
        bytes calldata keyForPatient,
        bytes calldata keyForAuthor
    ) external returns (uint256 recordId) {
        _requireWriter(patient);
        return _append(patient, 0, contentHash, payload, keyForPatient, keyForAuthor);
    }

    /// @notice The author of a record appends a correction to it; nothing is overwritten or deleted.
    function amendRecord(
        uint256 originalId,
        bytes32 contentHash,
        bytes calldata payload,
        bytes calldata keyForPatient,
        bytes calldata keyForAuthor
    ) external returns (uint256 recordId) {
        Record storage original = _record(originalId);
        if (original.author != msg.sender) revert NotAuthor(msg.sender, originalId);
        address patient = original.patient;
        _requireWriter(patient);
        return _append(patient, originalId + 1, contentHash, payload, keyForPatient, keyForAuthor);
    }

    /// @notice The patient gives a doctor they currently consent to the keys of chosen records, in one call.
    /// @param wrappedKeys The content key of each record, wrapped for the doctor's public key.
    function shareRecords(address doctor, uint256[] calldata recordIds, bytes[] calldata wrappedKeys)
        external
    {
        if (recordIds.length != wrappedKeys.length) {
            revert LengthMismatch(recordIds.length, wrappedKeys.length);
        }
        if (!hasConsent[msg.sender][doctor] || !_hasRole(DOCTOR_ROLE, doctor)) {
            revert NoConsent(msg.sender, doctor);
        }
        for (uint256 i; i < recordIds.length; ++i) {
            if (_record(recordIds[i]).patient != msg.sender) revert NotYourRecord(msg.sender, recordIds[i]);
            emit RecordKeyShared(recordIds[i], doctor, wrappedKeys[i]);
        }
    }

    /// @notice One record's public facts (who, when, which hash); the content is only in its event, encrypted.
    function getRecord(uint256 recordId) external view returns (Record memory) {
        return _record(recordId);
    }

    /// @notice The ids of a patient's records, oldest first.
    function recordsOf(address patient) external view returns (uint256[] memory) {
        return _recordsOf[patient];
    }

    /// @notice How many records exist, across all patients.
    function recordCount() external view returns (uint256) {
        return _records.length;
    }

    function _append(
        address patient,
        uint256 amendsPlusOne,
        bytes32 contentHash,
        bytes calldata payload,
        bytes calldata keyForPatient,
        bytes calldata keyForAuthor
    ) private returns (uint256 recordId) {
        if (payload.length == 0 || keyForPatient.length == 0 || keyForAuthor.length == 0) revert EmptyPayload();
        recordId = _records.length;
        _records.push(
            Record({
                patient: patient,
                createdAt: uint64(block.timestamp),
                author: msg.sender,
                // An id is an array index, far below 2^64.
                // forge-lint: disable-next-line(unsafe-typecast)
                amendsPlusOne: uint64(amendsPlusOne),
                contentHash: contentHash
            })
        );
        _recordsOf[patient].push(recordId);
        emit RecordAdded(
            recordId, patient, msg.sender, amendsPlusOne, contentHash, payload, keyForPatient, keyForAuthor
        );
    }

    function _requireWriter(address patient) private view {
        if (!_hasRole(DOCTOR_ROLE, msg.sender)) revert NotADoctor(msg.sender);
        if (!hasConsent[patient][msg.sender]) revert NoConsent(patient, msg.sender);
        _requireRegistered(patient);
        _requireRegistered(msg.sender);
    }

    function _requireRegistered(address account) private view {
        if (encryptionKeyOf[account] == bytes32(0)) revert NotRegistered(account);
    }

    function _record(uint256 recordId) private view returns (Record storage) {
        if (recordId >= _records.length) revert UnknownRecord(recordId);
        return _records[recordId];
    }
}
