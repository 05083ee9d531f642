// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IPatientRecords
/// @notice The types, events and errors of CareChain's encrypted patient record ledger.
interface IPatientRecords {
    /// @notice One record's public facts; its content travels only, encrypted, in its {RecordAdded} event.
    /// @dev Three slots. Links are an id plus one (0: none), so that a patient's and an author's records can be
    /// listed newest first without an array element per record.
    struct Record {
        address patient;
        uint40 createdAt;
        /// @dev The block of its RecordAdded event: an app fetches the ciphertext from exactly that block.
        uint40 blockNumber;
        /// @dev The author's address's last two bytes, beside `patient`: sharing tells a reader from the author with
        /// the slot it reads anyway, and reads `author` only when these match.
        uint16 authorTag;
        address author;
        /// @dev The record this one corrects, plus one (0: an original record).
        uint32 amendsPlusOne;
        uint32 previousOfPatientPlusOne;
        uint32 previousByAuthorPlusOne;
        /// @dev Hash of the plaintext (which carries a random salt, so it cannot be guessed from a dictionary).
        bytes32 contentHash;
    }

    /// @notice A record as list views return it, with its id.
    struct RecordView {
        uint256 id;
        Record record;
    }

    /// @notice What a doctor decided about a patient who allowed them. A consent is a request until the doctor
    /// accepts it: only accepted patients are in the doctor's list ({patientsOf}) and may be written for.
    enum DoctorDecision {
        /// The doctor has not answered: the patient is in {requestsOf} only.
        Pending,
        /// The doctor took the patient on.
        Accepted,
        /// The doctor declined the request, or removed the patient from their list.
        Declined
    }

    /// @notice A doctor's answer to one patient (one slot), and the link of the doctor's list of accepted patients.
    // 20 + 1 + 5 bytes: one slot, whatever the rule's estimate says.
    // solhint-disable-next-line gas-struct-packing
    struct Acceptance {
        /// @dev The patient the doctor accepted before this one (zero: none); set while accepted.
        address previousAccepted;
        DoctorDecision decision;
        /// @dev The block of the latest decision (0: none yet).
        uint40 decidedAtBlock;
    }

    /// @notice Where an account's key, its key's unlockers and its consent lists start. Two slots: the second holds
    /// `unlockersBlock` alone, touched only when the unlockers change.
    struct Account {
        /// @dev The block of its latest {EncryptionKeyRegistered}, which carries the key; 0 until registered.
        uint40 keyBlock;
        /// @dev As a patient: the latest block in which it allowed a doctor for the first time (0: none); each such
        /// block's {DoctorsAllowedInBlock} names the one before.
        uint40 latestDoctorsBlock;
        /// @dev As a doctor: the patient who most recently asked it for the first time (allowed it); each consent
        /// names the patient before. These are requests: see {requestsOf}.
        address latestPatient;
        /// @dev The block of its latest {KeyUnlockersSet}, which carries the sealed copies of its records key; 0
        /// while it has none (a key derived from a wallet signature, registered before unlockers existed).
        uint40 unlockersBlock;
    }

    /// @notice Where a patient's consent to a doctor stands.
    enum ConsentStatus {
        /// The patient never allowed this doctor.
        Never,
        /// The doctor may add records and receive shares.
        Allowed,
        /// The patient revoked the consent.
        Revoked,
        /// The doctor lost the DOCTOR role after the consent was given; a later grant of the role does not restore it.
        RoleEnded
    }

    /// @notice One patient–doctor consent as list views return it (in memory only).
    // solhint-disable-next-line gas-struct-packing
    struct ConsentView {
        /// @dev The doctor in a patient's list, the patient in a doctor's list.
        address account;
        ConsentStatus status;
        /// @dev The block of the pair's latest {AccessGranted} or {AccessRevoked} (0: never allowed). While the
        /// consent is allowed it is the latest grant, which carries the patient card; once revoked, the revocation
        /// names that grant's block. Each such event names the one before: the pair's accounting of disclosures.
        uint40 changedAtBlock;
        /// @dev The latest block holding shares from this patient to this doctor (0: none); each such block's
        /// {KeysSharedInBlock} names the one before.
        uint40 latestShareBlock;
        /// @dev What the doctor decided about this patient.
        DoctorDecision decision;
    }

    /// @notice `account` registered or rotated its X25519 public key. An account's registrations are found by
    /// walking back from {accountOf}'s `keyBlock`.
    /// @param account The patient or doctor.
    /// @param publicKey Its public key.
    /// @param previousKeyBlock The block of its registration before (0: none; this block: an earlier one in it).
    event EncryptionKeyRegistered(address indexed account, bytes32 publicKey, uint256 previousKeyBlock);
    /// @notice `account` published the sealed copies of its records key's secret (ciphertext only): each opens with
    /// one unlocker the account chose (its wallet's signature, a recovery kit, a passkey), on any device.
    /// @param account The patient or doctor.
    /// @param unlockers The sealed copies, in the app's format; never a secret in the clear.
    event KeyUnlockersSet(address indexed account, bytes unlockers);
    /// @notice A patient allowed a doctor to add records and receive shares, or updated the card they sent them.
    /// @param patient The patient.
    /// @param doctor The doctor.
    /// @param patientCard The patient's name (and optionally birth date) sealed for the doctor alone; may be empty.
    /// @param previousChangeBlock The block of the pair's grant or revocation before (0: none; this block: an
    /// earlier one in it).
    event AccessGranted(
        address indexed patient, address indexed doctor, bytes patientCard, uint256 previousChangeBlock
    );
    /// @notice A patient withdrew a doctor's access: no new records or shares from then on.
    /// @param patient The patient.
    /// @param doctor The doctor.
    /// @param grantBlock The block of the grant this revocation ends (the pair's change before it).
    event AccessRevoked(address indexed patient, address indexed doctor, uint256 grantBlock);
    /// @notice The first time in this block that `patient` allowed a doctor they had never allowed: a patient's
    /// doctors are found by walking back from {accountOf}'s `latestDoctorsBlock` through these events, each block's
    /// {AccessGranted} events naming its doctors.
    /// @param patient The patient.
    /// @param previousBlock The previous such block of this patient; 0 for none.
    event DoctorsAllowedInBlock(address indexed patient, uint256 previousBlock);
    /// @notice A doctor took a patient who allowed them into their list.
    /// @param doctor The doctor.
    /// @param patient The patient.
    event PatientAccepted(address indexed doctor, address indexed patient);
    /// @notice A doctor declined a patient's request, or removed the patient from their list.
    /// @param doctor The doctor.
    /// @param patient The patient.
    event PatientDeclined(address indexed doctor, address indexed patient);
    /// @notice A doctor added an encrypted record or a correction.
    /// @param recordId The new record's id.
    /// @param patient Whose record it is.
    /// @param author The doctor who wrote it.
    /// @param amendsPlusOne The record it corrects, plus one (0: an original).
    /// @param contentHash SHA-256 of the plaintext.
    /// @param payload The sealed record (nonce ‖ ciphertext ‖ tag).
    /// @param keyForPatient The content key wrapped for the patient.
    /// @param keyForAuthor The content key wrapped for the author.
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
    /// @notice A patient gave `reader` the content key of a record.
    /// @param recordId The record.
    /// @param reader The doctor it was shared with.
    /// @param wrappedKey The content key wrapped for the reader.
    event RecordKeyShared(uint256 indexed recordId, address indexed reader, bytes wrappedKey);
    /// @notice The first share from `patient` to `reader` in this block: a reader finds every block holding keys
    /// for them by walking back from the consent's `latestShareBlock` through these events.
    /// @param patient The patient.
    /// @param reader The doctor.
    /// @param previousShareBlock The block of this pair's share before this block; 0 for none.
    event KeysSharedInBlock(address indexed patient, address indexed reader, uint256 previousShareBlock);

    /// @notice A public key of zero was given.
    error ZeroKey();
    /// @notice No unlocker was given: a records key that nothing can unlock would lock its records for good.
    error NoUnlockers();
    /// @notice `account` has not registered an encryption key yet.
    /// @param account The unregistered address.
    error NotRegistered(address account);
    /// @notice `doctor` does not hold a current consent from `patient`.
    /// @param patient The patient.
    /// @param doctor The doctor.
    error NoConsent(address patient, address doctor);
    /// @notice `doctor` has not accepted `patient`: a consent is a request until the doctor accepts it.
    /// @param patient The patient.
    /// @param doctor The doctor.
    error NotAccepted(address patient, address doctor);
    /// @notice The doctor already accepted this patient.
    /// @param patient The patient.
    error AlreadyAccepted(address patient);
    /// @notice `patient` never allowed the caller, so there is no request to answer.
    /// @param patient The address given.
    error NoRequest(address patient);
    /// @notice `newer` is not the entry just before `patient` in the caller's list of accepted patients.
    /// @param patient The patient to remove.
    /// @param newer The entry given as the one before it (zero: the head).
    error ListPositionMismatch(address patient, address newer);
    /// @notice A patient cannot consent to themselves.
    error SelfConsent();
    /// @notice No record has this id.
    /// @param recordId The id given.
    error UnknownRecord(uint256 recordId);
    /// @notice Only a record's author may amend it.
    /// @param account The caller.
    /// @param recordId The record.
    error NotAuthor(address account, uint256 recordId);
    /// @notice A correction is amended by correcting its original again, never in a chain.
    /// @param recordId The correction given.
    /// @param originalId The original it corrects.
    error AmendTheOriginal(uint256 recordId, uint256 originalId);
    /// @notice Only the record's patient may share it.
    /// @param account The caller.
    /// @param recordId The record.
    error NotYourRecord(address account, uint256 recordId);
    /// @notice A record's author already holds its key; sharing with them would replace their own.
    /// @param recordId The record.
    /// @param reader The author.
    error ReaderIsAuthor(uint256 recordId, address reader);
    /// @notice A payload, a wrapped key or a card is empty or over its size limit.
    /// @param length Its length in bytes.
    /// @param maxLength The limit.
    error InvalidPayload(uint256 length, uint256 maxLength);
    /// @notice The lists of records and keys differ in length.
    /// @param records How many record ids.
    /// @param keys How many keys.
    error LengthMismatch(uint256 records, uint256 keys);
}
