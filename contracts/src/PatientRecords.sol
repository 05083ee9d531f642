// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {CareRoles} from "./CareRoles.sol";
import {IPatientRecords} from "./interfaces/IPatientRecords.sol";
import {RoleGated} from "./RoleGated.sol";

/// @title PatientRecords
/// @notice A ledger of end-to-end encrypted patient records that the patient controls. The chain keeps who may
/// write (the patient's consent to a doctor), who wrote what and when, and a hash of each record; the record
/// itself and its content key, wrapped for each reader, travel only as ciphertext in events.
/// @dev Nothing here can be read without a reader's X25519 private key, which lives only in that reader's
/// browser. Revoking consent stops new writes and new shares; it cannot make a reader forget what was shared.
/// A consent belongs to one tenure of the doctor's DOCTOR role: revoking the role ends it for good.
/// Every list (a patient's and an author's records, a patient's doctors, a doctor's patients and requests) is
/// linked through slots that the writes touch anyway, so that apps read any page of it with one view call.
/// A patient's consent is a request until the doctor accepts it: anyone with a key can ask any doctor, but only the
/// doctor puts a patient into their own list, and records are written only for patients the doctor accepted.
contract PatientRecords is RoleGated, IPatientRecords {
    /// @notice Largest sealed record: the form's 1,500 bytes of text with room for JSON escaping.
    uint256 public constant MAX_PAYLOAD_BYTES = 4096;
    /// @notice Size of a content key wrapped for one reader: ephemeral key 32 ‖ nonce 24 ‖ key 32 ‖ tag 16.
    uint256 public constant WRAPPED_KEY_BYTES = 104;
    /// @notice Largest sealed patient card (a name and a birth date, sealed for one doctor).
    uint256 public constant MAX_CARD_BYTES = 512;
    /// @notice The most bytes of sealed key copies an account may publish at once: a wallet's, a kit's and a few
    /// passkeys' copies, and the secrets of up to a hundred keys it replaced (32 bytes each), sealed for it.
    uint256 public constant MAX_UNLOCKERS_BYTES = 4096;
    /// @notice The most items a list view returns in one call.
    uint256 public constant MAX_PAGE = 100;

    struct RecordLists {
        uint32 latestAsPatientPlusOne;
        uint32 countAsPatient;
        uint32 latestAsAuthorPlusOne;
        uint32 countAsAuthor;
    }

    /// @dev One slot, which a share reads for its consent check and writes only to move `latestShareBlock`.
    /// `changedAtBlock`: the latest grant or revocation (see {ConsentView}); while allowed, the latest grant.
    struct Consent {
        bool allowed;
        uint40 changedAtBlock;
        uint40 latestShareBlock;
        address previousPatient;
    }

    Record[] private _records;
    mapping(address account => Account) private _accounts;
    mapping(address account => RecordLists) private _lists;
    mapping(address patient => mapping(address doctor => Consent)) private _consents;
    mapping(address patient => mapping(address doctor => Acceptance)) private _acceptances;
    mapping(address doctor => address patient) private _latestAccepted;

    constructor(CareRoles roles_) RoleGated(roles_) {}

    // ─── Keys and consent ────────────────────────────────────────────────────────────────────────────

    /// @notice Registers or rotates the caller's X25519 public key, whose secret the app derives from a wallet
    /// signature. The key itself lives only in the event; the account keeps its block (see {accountOf}). Unlockers
    /// published before sealed the previous key: they are dropped. Rotating does not re-encrypt past records: keys
    /// wrapped for the old public key still need the old private key.
    /// @param publicKey The caller's public key; not zero.
    function registerEncryptionKey(bytes32 publicKey) external {
        if (publicKey == bytes32(0)) revert ZeroKey();
        Account storage account = _accounts[msg.sender];
        uint256 previousKeyBlock = account.keyBlock;
        account.keyBlock = uint40(block.number);
        if (account.unlockersBlock != 0) account.unlockersBlock = 0;
        emit EncryptionKeyRegistered(msg.sender, publicKey, previousKeyBlock);
    }

    /// @notice Registers or rotates the caller's X25519 public key, whose secret was made at random in the browser,
    /// with the sealed copies of that secret that unlock it on any device: one transaction.
    /// @param publicKey The caller's public key; not zero.
    /// @param unlockers The secret sealed under each unlocker (ciphertext only); 1 to MAX_UNLOCKERS_BYTES bytes.
    function setUpRecordsKey(bytes32 publicKey, bytes calldata unlockers) external {
        if (publicKey == bytes32(0)) revert ZeroKey();
        _checkUnlockers(unlockers);
        Account storage account = _accounts[msg.sender];
        uint256 previousKeyBlock = account.keyBlock;
        account.keyBlock = uint40(block.number);
        account.unlockersBlock = uint40(block.number);
        emit EncryptionKeyRegistered(msg.sender, publicKey, previousKeyBlock);
        emit KeyUnlockersSet(msg.sender, unlockers);
    }

    /// @notice Replaces the sealed copies of the caller's records key (a recovery kit added, a passkey, a wallet
    /// unlocker removed). The app checks that each copy opens to the registered key before sending.
    /// @param unlockers The secret sealed under each unlocker (ciphertext only); 1 to MAX_UNLOCKERS_BYTES bytes.
    function setKeyUnlockers(bytes calldata unlockers) external {
        _requireRegistered(msg.sender);
        _checkUnlockers(unlockers);
        _accounts[msg.sender].unlockersBlock = uint40(block.number);
        emit KeyUnlockersSet(msg.sender, unlockers);
    }

    /// @notice The caller, a registered patient, allows a registered doctor to add records and receive shares, and
    /// may send them a card with the name they want that doctor to see. Called again, it replaces the card.
    /// @param doctor A registered holder of DOCTOR, not the caller.
    /// @param patientCard The card sealed for the doctor alone (never plaintext); empty for none.
    function grantAccess(address doctor, bytes calldata patientCard) external {
        if (doctor == msg.sender) revert SelfConsent();
        _requireRegistered(msg.sender);
        if (_doctorSince(doctor) == 0) {
            revert IAccessControl.AccessControlUnauthorizedAccount(doctor, DOCTOR_ROLE);
        }
        _requireRegistered(doctor);
        if (patientCard.length > MAX_CARD_BYTES) revert InvalidPayload(patientCard.length, MAX_CARD_BYTES);
        Consent storage consent = _consents[msg.sender][doctor];
        uint256 previousChangeBlock = consent.changedAtBlock;
        if (previousChangeBlock == 0) _link(consent, msg.sender, doctor);
        consent.allowed = true;
        consent.changedAtBlock = uint40(block.number);
        emit AccessGranted(msg.sender, doctor, patientCard, previousChangeBlock);
    }

    /// @notice The caller, a doctor, accepts a patient who allowed them: the patient joins the head of the doctor's
    /// list ({patientsOf}) and the doctor may write for them from now on.
    /// @param patient A patient whose consent to the caller holds, not yet accepted.
    function acceptPatient(address patient) external {
        uint256 since = _doctorSince(msg.sender);
        if (since == 0) revert IAccessControl.AccessControlUnauthorizedAccount(msg.sender, DOCTOR_ROLE);
        if (!_holds(_consents[patient][msg.sender], since)) revert NoConsent(patient, msg.sender);
        Acceptance storage acceptance = _acceptances[patient][msg.sender];
        if (acceptance.decision == DoctorDecision.Accepted) revert AlreadyAccepted(patient);
        acceptance.previousAccepted = _latestAccepted[msg.sender];
        acceptance.decision = DoctorDecision.Accepted;
        acceptance.decidedAtBlock = uint40(block.number);
        _latestAccepted[msg.sender] = patient;
        emit PatientAccepted(msg.sender, patient);
    }

    /// @notice The caller declines a patient's request, or removes an accepted patient from their list: no records
    /// for them until the caller accepts them again. Past records and shares stay as they are.
    /// @param patient A patient who allowed the caller.
    /// @param newer For an accepted patient, the patient just before them in {patientsOf} (newer); zero when they
    /// head it. Ignored for a pending request.
    function declinePatient(address patient, address newer) external {
        if (_consents[patient][msg.sender].changedAtBlock == 0) revert NoRequest(patient);
        Acceptance storage acceptance = _acceptances[patient][msg.sender];
        if (acceptance.decision == DoctorDecision.Accepted) _unlinkAccepted(acceptance, patient, newer);
        acceptance.decision = DoctorDecision.Declined;
        acceptance.decidedAtBlock = uint40(block.number);
        emit PatientDeclined(msg.sender, patient);
    }

    /// @notice The caller withdraws a doctor's access: no new records or shares from then on.
    /// @param doctor A doctor the caller allows now (a consent already revoked, or never given, is refused).
    function revokeAccess(address doctor) external {
        Consent storage consent = _consents[msg.sender][doctor];
        if (!consent.allowed) revert NoConsent(msg.sender, doctor);
        uint256 grantBlock = consent.changedAtBlock;
        consent.allowed = false;
        consent.changedAtBlock = uint40(block.number);
        emit AccessRevoked(msg.sender, doctor, grantBlock);
    }

    // ─── Records ─────────────────────────────────────────────────────────────────────────────────────

    /// @notice A doctor with the patient's consent adds an encrypted record.
    /// @param patient A registered patient who consents to the caller and whom the caller accepted.
    /// @param contentHash SHA-256 of the plaintext, which the reader checks after decrypting.
    /// @param payload The sealed record (nonce and ciphertext), at most MAX_PAYLOAD_BYTES.
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

    /// @notice The author of an original record appends a correction to it; nothing is overwritten or deleted.
    /// A second correction corrects the original again; the latest correction is the record's current text.
    /// @param originalId An original record (not a correction) written by the caller.
    /// @param contentHash SHA-256 of the corrected plaintext.
    /// @param payload The sealed correction.
    /// @param keyForPatient Its content key wrapped for the patient.
    /// @param keyForAuthor Its content key wrapped for the author.
    /// @return recordId The correction's id.
    function amendRecord(
        uint256 originalId,
        bytes32 contentHash,
        bytes calldata payload,
        bytes calldata keyForPatient,
        bytes calldata keyForAuthor
    ) external returns (uint256 recordId) {
        Record storage original = _record(originalId);
        if (original.author != msg.sender) revert NotAuthor(msg.sender, originalId);
        if (original.amendsPlusOne != 0) revert AmendTheOriginal(originalId, original.amendsPlusOne - 1);
        address patient = original.patient;
        _requireWriter(patient);
        return _append(patient, originalId + 1, contentHash, payload, keyForPatient, keyForAuthor);
    }

    /// @notice The patient gives a doctor they currently consent to the keys of chosen records, in one call.
    /// @param doctor A doctor with the caller's current consent, not the author of any of the records.
    /// @param recordIds The caller's records.
    /// @param wrappedKeys The content key of each record, wrapped for the doctor's public key.
    function shareRecords(address doctor, uint256[] calldata recordIds, bytes[] calldata wrappedKeys)
        external
    {
        if (recordIds.length != wrappedKeys.length) {
            revert LengthMismatch(recordIds.length, wrappedKeys.length);
        }
        Consent storage consent = _consents[msg.sender][doctor];
        if (!_holds(consent, _doctorSince(doctor))) revert NoConsent(msg.sender, doctor);
        uint16 readerTag = _tagOf(doctor);
        for (uint256 i; i < recordIds.length; ++i) {
            Record storage shared = _record(recordIds[i]);
            (address recordPatient, uint16 authorTag) = _patientAndAuthorTag(shared);
            if (recordPatient != msg.sender) revert NotYourRecord(msg.sender, recordIds[i]);
            if (authorTag == readerTag && shared.author == doctor) {
                revert ReaderIsAuthor(recordIds[i], doctor);
            }
            bytes calldata key = wrappedKeys[i];
            _checkWrappedKey(key);
            emit RecordKeyShared(recordIds[i], doctor, key);
        }
        if (recordIds.length > 0) _linkShareBlock(consent, msg.sender, doctor);
    }

    // ─── Views ───────────────────────────────────────────────────────────────────────────────────────

    /// @notice One record's public facts (who, when, which hash); the content is only in its event, encrypted.
    /// @param recordId The record.
    function getRecord(uint256 recordId) external view returns (Record memory) {
        return _record(recordId);
    }

    /// @notice How many records exist, across all patients.
    function recordCount() external view returns (uint256) {
        return _records.length;
    }

    /// @notice How many records `account` has as a patient and has written as an author.
    /// @param account Any address.
    function recordCountsOf(address account) external view returns (uint256 asPatient, uint256 asAuthor) {
        RecordLists storage lists = _lists[account];
        return (lists.countAsPatient, lists.countAsAuthor);
    }

    /// @notice A patient's records, newest first.
    /// @param patient The patient.
    /// @param cursor 0 for the newest; otherwise the `next` of the previous page.
    /// @param limit At most MAX_PAGE.
    /// @return page The records.
    /// @return next The cursor of the following page, 0 when there is none.
    function recordsOfPatient(address patient, uint256 cursor, uint256 limit)
        external
        view
        returns (RecordView[] memory page, uint256 next)
    {
        return _walk(cursor == 0 ? _lists[patient].latestAsPatientPlusOne : cursor, limit, true);
    }

    /// @notice The records an author wrote, newest first.
    /// @param author The doctor.
    /// @param cursor 0 for the newest; otherwise the `next` of the previous page.
    /// @param limit At most MAX_PAGE.
    /// @return page The records.
    /// @return next The cursor of the following page, 0 when there is none.
    function recordsByAuthor(address author, uint256 cursor, uint256 limit)
        external
        view
        returns (RecordView[] memory page, uint256 next)
    {
        return _walk(cursor == 0 ? _lists[author].latestAsAuthorPlusOne : cursor, limit, false);
    }

    /// @notice Where `patient`'s consent to `doctor` stands now.
    /// @param patient The patient.
    /// @param doctor The doctor.
    function consentOf(address patient, address doctor) external view returns (ConsentView memory) {
        return _consentView(patient, doctor, doctor);
    }

    /// @notice Whether `doctor` may now add records for `patient` and receive shares from them.
    /// @param patient The patient.
    /// @param doctor The doctor.
    function hasConsent(address patient, address doctor) external view returns (bool) {
        return _holds(_consents[patient][doctor], _doctorSince(doctor));
    }

    /// @notice Where `account`'s key and consent lists start: the block of its latest key registration (0: none),
    /// the latest block in which it allowed a new doctor, and the patient who most recently allowed it first.
    /// @param account Any address.
    function accountOf(address account) external view returns (Account memory) {
        return _accounts[account];
    }

    /// @notice The patients `doctor` accepted and has not removed, most recently accepted first, with where each
    /// consent stands: the doctor's own list, which no one else can add to.
    /// @param doctor The doctor.
    /// @param cursor The zero address for the first page; otherwise the `next` of the previous page.
    /// @param limit At most MAX_PAGE.
    /// @return page The consents; `account` is the patient.
    /// @return next The cursor of the following page, the zero address when there is none.
    function patientsOf(address doctor, address cursor, uint256 limit)
        external
        view
        returns (ConsentView[] memory page, address next)
    {
        if (limit > MAX_PAGE) revert PageTooLarge(limit, MAX_PAGE);
        page = new ConsentView[](limit);
        uint256 count;
        next = cursor == address(0) ? _latestAccepted[doctor] : cursor;
        while (next != address(0) && count < limit) {
            page[count] = _consentView(next, doctor, next);
            next = _acceptances[next][doctor].previousAccepted;
            ++count;
        }
        _shorten(page, count);
    }

    /// @notice Every patient who ever allowed `doctor`, most recently first asking first, with where each consent
    /// and the doctor's decision stand: the requests a doctor answers (those still `Pending`).
    /// @param doctor The doctor.
    /// @param cursor The zero address for the first page; otherwise the `next` of the previous page.
    /// @param limit At most MAX_PAGE.
    /// @return page The consents; `account` is the patient.
    /// @return next The cursor of the following page, the zero address when there is none.
    function requestsOf(address doctor, address cursor, uint256 limit)
        external
        view
        returns (ConsentView[] memory page, address next)
    {
        if (limit > MAX_PAGE) revert PageTooLarge(limit, MAX_PAGE);
        page = new ConsentView[](limit);
        uint256 count;
        next = cursor == address(0) ? _accounts[doctor].latestPatient : cursor;
        while (next != address(0) && count < limit) {
            page[count] = _consentView(next, doctor, next);
            next = _consents[next][doctor].previousPatient;
            ++count;
        }
        _shorten(page, count);
    }

    // ─── Internals ───────────────────────────────────────────────────────────────────────────────────

    function _append(
        address patient,
        uint256 amendsPlusOne,
        bytes32 contentHash,
        bytes calldata payload,
        bytes calldata keyForPatient,
        bytes calldata keyForAuthor
    ) private returns (uint256 recordId) {
        if (payload.length == 0 || payload.length > MAX_PAYLOAD_BYTES) {
            revert InvalidPayload(payload.length, MAX_PAYLOAD_BYTES);
        }
        _checkWrappedKey(keyForPatient);
        _checkWrappedKey(keyForAuthor);
        recordId = _records.length;
        RecordLists storage patientLists = _lists[patient];
        RecordLists storage authorLists = _lists[msg.sender];
        _records.push(
            Record({
                patient: patient,
                createdAt: uint40(block.timestamp),
                blockNumber: uint40(block.number),
                authorTag: _tagOf(msg.sender),
                author: msg.sender,
                // Ids are array indexes, far below 2^32.
                // forge-lint: disable-next-line(unsafe-typecast)
                amendsPlusOne: uint32(amendsPlusOne),
                previousOfPatientPlusOne: patientLists.latestAsPatientPlusOne,
                previousByAuthorPlusOne: authorLists.latestAsAuthorPlusOne,
                contentHash: contentHash
            })
        );
        // forge-lint: disable-next-line(unsafe-typecast)
        uint32 idPlusOne = uint32(recordId + 1);
        patientLists.latestAsPatientPlusOne = idPlusOne;
        ++patientLists.countAsPatient;
        authorLists.latestAsAuthorPlusOne = idPlusOne;
        ++authorLists.countAsAuthor;
        emit RecordAdded(
            recordId, patient, msg.sender, amendsPlusOne, contentHash, payload, keyForPatient, keyForAuthor
        );
    }

    function _walk(uint256 idPlusOne, uint256 limit, bool ofPatient)
        private
        view
        returns (RecordView[] memory page, uint256 next)
    {
        if (limit > MAX_PAGE) revert PageTooLarge(limit, MAX_PAGE);
        page = new RecordView[](limit);
        uint256 count;
        for (next = idPlusOne; next != 0 && count < limit; ++count) {
            Record storage record = _record(next - 1);
            page[count] = RecordView(next - 1, record);
            next = ofPatient ? record.previousOfPatientPlusOne : record.previousByAuthorPlusOne;
        }
        _shorten(page, count);
    }

    /// @dev A doctor's patients are linked in storage (a doctor may have thousands); a patient's doctors, a few,
    /// through one event per block, from a block number kept beside the patient's key block: a first consent then
    /// writes no slot beyond the consent's own, where a stored link would cost a fresh slot (22,100 gas).
    function _link(Consent storage consent, address patient, address doctor) private {
        Account storage doctorAccount = _accounts[doctor];
        consent.previousPatient = doctorAccount.latestPatient;
        doctorAccount.latestPatient = patient;
        Account storage patientAccount = _accounts[patient];
        uint256 previous = patientAccount.latestDoctorsBlock;
        if (previous == block.number) return;
        patientAccount.latestDoctorsBlock = uint40(block.number);
        emit DoctorsAllowedInBlock(patient, previous);
    }

    /// @dev Takes an accepted patient out of the doctor's list in one step: the caller names the entry before it
    /// (the app has just read that page), which is checked, instead of the contract walking the list.
    function _unlinkAccepted(Acceptance storage acceptance, address patient, address newer) private {
        address older = acceptance.previousAccepted;
        if (newer == address(0)) {
            if (_latestAccepted[msg.sender] != patient) revert ListPositionMismatch(patient, newer);
            _latestAccepted[msg.sender] = older;
        } else {
            Acceptance storage newerAcceptance = _acceptances[newer][msg.sender];
            if (
                newerAcceptance.decision != DoctorDecision.Accepted
                    || newerAcceptance.previousAccepted != patient
            ) {
                revert ListPositionMismatch(patient, newer);
            }
            newerAcceptance.previousAccepted = older;
        }
        acceptance.previousAccepted = address(0);
    }

    /// @dev The first share of a block links that block to the pair's previous one, in an event: one write to a
    /// slot the share has just read, where a list in storage would cost a new slot every few blocks.
    function _linkShareBlock(Consent storage consent, address patient, address reader) private {
        uint256 previous = consent.latestShareBlock;
        if (previous == block.number) return;
        consent.latestShareBlock = uint40(block.number);
        emit KeysSharedInBlock(patient, reader, previous);
    }

    /// @dev A record's patient and author tag share its first slot: one read, where Solidity would read it twice.
    function _patientAndAuthorTag(Record storage record)
        private
        view
        returns (address patient, uint16 authorTag)
    {
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            let word := sload(record.slot)
            patient := and(word, 0xffffffffffffffffffffffffffffffffffffffff)
            authorTag := shr(240, word)
        }
    }

    function _tagOf(address account) private pure returns (uint16) {
        return uint16(uint160(account));
    }

    function _consentView(address patient, address doctor, address account)
        private
        view
        returns (ConsentView memory)
    {
        Consent storage consent = _consents[patient][doctor];
        ConsentStatus status = consent.changedAtBlock == 0
            ? ConsentStatus.Never
            : !consent.allowed
                ? ConsentStatus.Revoked
                : _holds(consent, _doctorSince(doctor)) ? ConsentStatus.Allowed : ConsentStatus.RoleEnded;
        return ConsentView(
            account,
            status,
            consent.changedAtBlock,
            consent.latestShareBlock,
            _acceptances[patient][doctor].decision
        );
    }

    /// @dev A consent counts while it is allowed and was given during the doctor's current tenure of DOCTOR.
    function _holds(Consent storage consent, uint256 doctorSince) private view returns (bool) {
        return consent.allowed && doctorSince != 0 && consent.changedAtBlock >= doctorSince;
    }

    function _doctorSince(address account) private view returns (uint256) {
        return roles.roleSince(DOCTOR_ROLE, account);
    }

    function _requireWriter(address patient) private view {
        uint256 since = _doctorSince(msg.sender);
        if (since == 0) revert IAccessControl.AccessControlUnauthorizedAccount(msg.sender, DOCTOR_ROLE);
        if (!_holds(_consents[patient][msg.sender], since)) revert NoConsent(patient, msg.sender);
        if (_acceptances[patient][msg.sender].decision != DoctorDecision.Accepted) {
            revert NotAccepted(patient, msg.sender);
        }
        _requireRegistered(patient);
        _requireRegistered(msg.sender);
    }

    function _requireRegistered(address account) private view {
        if (_accounts[account].keyBlock == 0) revert NotRegistered(account);
    }

    function _checkUnlockers(bytes calldata unlockers) private pure {
        if (unlockers.length == 0) revert NoUnlockers();
        if (unlockers.length > MAX_UNLOCKERS_BYTES) {
            revert InvalidPayload(unlockers.length, MAX_UNLOCKERS_BYTES);
        }
    }

    function _checkWrappedKey(bytes calldata key) private pure {
        if (key.length != WRAPPED_KEY_BYTES) revert InvalidPayload(key.length, WRAPPED_KEY_BYTES);
    }

    function _record(uint256 recordId) private view returns (Record storage record) {
        if (recordId >= _records.length) revert UnknownRecord(recordId);
        // `_records[recordId]` would check the bound again (one more read of the length for every record a share or a
        // list touches); a record is three slots from where the array's data starts.
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            mstore(0, _records.slot)
            record.slot := add(keccak256(0, 32), mul(recordId, 3))
        }
    }

    /// @dev Pages are allocated at their limit and cut to what was found: setting an array's length in memory.
    function _shorten(ConsentView[] memory page, uint256 count) private pure {
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            mstore(page, count)
        }
    }

    function _shorten(RecordView[] memory page, uint256 count) private pure {
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            mstore(page, count)
        }
    }
}
