// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";
import {CareRoles} from "./CareRoles.sol";
import {RoleGated} from "./RoleGated.sol";

/// @title ProviderDirectory
/// @notice A public directory of the professionals and offices behind CareChain addresses: a display name, a kind
/// and an optional licence or registration number, listed by administrators. Only public professional facts live
/// here, never a patient's. Apps show the name with a verified mark wherever the address appears.
/// @dev An entry is verified while its account still holds the role its kind stands for. Apps show an address as
/// its first and last four hex digits; anyone can grind an address with the same eight digits (32 bits), so the
/// directory refuses two entries that look alike and answers which entry a given address looks like. A licence
/// number names one professional: two entries with the same one are refused too.
contract ProviderDirectory is RoleGated {
    using EnumerableSet for EnumerableSet.AddressSet;

    /// @notice Longest display name, in bytes.
    uint256 public constant MAX_NAME_BYTES = 64;
    /// @notice The most entries one call of {listedEntries} returns.
    uint256 public constant MAX_PAGE = 100;

    /// @notice What an entry stands for; each kind but Facility requires the matching role.
    enum Kind {
        None,
        Doctor,
        BillingOffice,
        Facility,
        Allocator,
        Administrator
    }

    struct Entry {
        Kind kind;
        uint40 listedAt;
        bytes32 licence;
        string name;
    }

    /// @notice An entry as apps read it (in memory only, so its packing does not matter).
    // solhint-disable-next-line gas-struct-packing
    struct EntryView {
        address account;
        Kind kind;
        /// @dev Listed, and still holding the role its kind stands for.
        bool verified;
        uint40 listedAt;
        bytes32 licence;
        string name;
    }

    mapping(address account => Entry) private _entries;
    mapping(bytes4 shownDigits => address account) private _byShownDigits;
    mapping(bytes32 licence => address account) private _byLicence;
    EnumerableSet.AddressSet private _listed;

    /// @notice An administrator listed `account`, or changed its entry.
    /// @param account The provider's address.
    /// @param kind What it stands for.
    /// @param name Its display name.
    /// @param licence A licence or registration number (short text, right-padded), or zero.
    /// @param by The administrator.
    event ProviderListed(
        address indexed account, Kind kind, string name, bytes32 licence, address indexed by
    );
    /// @notice An administrator removed `account` from the directory.
    /// @param account The provider's address.
    /// @param by The administrator.
    event ProviderUnlisted(address indexed account, address indexed by);

    /// @notice The kind was None.
    error UnknownKind();
    /// @notice `account` does not hold the role that `kind` stands for.
    /// @param account The address to list.
    /// @param kind The kind asked for.
    error KindNotHeld(address account, Kind kind);
    /// @notice `listed` is already in the directory and looks the same as `account` when shortened.
    /// @param account The address to list.
    /// @param listed The entry it would be confused with.
    error LooksLikeListed(address account, address listed);
    /// @notice `account` is not in the directory.
    /// @param account The address given.
    error NotListed(address account);
    /// @notice Another entry already holds this licence number (issuer and number, as written).
    /// @param licence The licence given.
    /// @param holder The entry that holds it.
    error LicenceInUse(bytes32 licence, address holder);

    constructor(CareRoles roles_) RoleGated(roles_) {}

    /// @notice Lists `account` under a display name, or updates its entry. Administrators only.
    /// @param account The provider's address; it must hold the role of `kind` (any address for a Facility).
    /// @param kind Doctor, BillingOffice, Facility, Allocator or Administrator.
    /// @param name Non-empty, at most 64 bytes: "Dr. Alice Chen", "St. Mary's Billing Office".
    /// @param licence An optional licence or registration number, as short text in 32 bytes (issuer and number:
    /// "GMC 7012345"); no other entry may hold the same.
    function list(address account, Kind kind, string calldata name, bytes32 licence)
        external
        onlyRole(ADMIN_ROLE)
    {
        if (account == address(0)) revert ZeroAddress();
        if (kind == Kind.None) revert UnknownKind();
        _checkText(name, MAX_NAME_BYTES, false);
        if (!_holdsKind(account, kind)) revert KindNotHeld(account, kind);
        bytes4 digits = shownDigitsOf(account);
        address existing = _byShownDigits[digits];
        if (existing != address(0) && existing != account) revert LooksLikeListed(account, existing);
        _byShownDigits[digits] = account;
        _claimLicence(account, licence);
        _listed.add(account);
        _entries[account] =
            Entry({kind: kind, listedAt: uint40(block.timestamp), licence: licence, name: name});
        emit ProviderListed(account, kind, name, licence, msg.sender);
    }

    /// @notice Removes `account` from the directory. Administrators only.
    /// @param account A listed address.
    function unlist(address account) external onlyRole(ADMIN_ROLE) {
        if (!_listed.remove(account)) revert NotListed(account);
        delete _byShownDigits[shownDigitsOf(account)];
        delete _byLicence[_entries[account].licence];
        delete _entries[account];
        emit ProviderUnlisted(account, msg.sender);
    }

    /// @notice The entries of the given addresses, in order (kind None for an address not listed).
    /// @param accounts The addresses a page shows; at most MAX_PAGE.
    function entriesOf(address[] calldata accounts) external view returns (EntryView[] memory entries) {
        if (accounts.length > MAX_PAGE) revert PageTooLarge(accounts.length, MAX_PAGE);
        entries = new EntryView[](accounts.length);
        for (uint256 i; i < accounts.length; ++i) {
            entries[i] = _view(accounts[i]);
        }
    }

    /// @notice The listed address that `account` looks like when shortened to its first and last four hex digits,
    /// or zero when none does (or `account` is that entry itself).
    /// @param account Any address about to be used.
    function lookalikeOf(address account) external view returns (address listed) {
        listed = _byShownDigits[shownDigitsOf(account)];
        if (listed == account) listed = address(0);
    }

    /// @notice How many entries the directory holds.
    function listedCount() external view returns (uint256) {
        return _listed.length();
    }

    /// @notice Entries [offset, offset + limit) in listing order, clipped to those that exist.
    /// @param offset The first position.
    /// @param limit At most MAX_PAGE.
    function listedEntries(uint256 offset, uint256 limit) external view returns (EntryView[] memory page) {
        if (limit > MAX_PAGE) revert PageTooLarge(limit, MAX_PAGE);
        uint256 count = _listed.length();
        uint256 end = offset >= count ? offset : (count - offset < limit ? count : offset + limit);
        page = new EntryView[](end - offset);
        for (uint256 i; i < page.length; ++i) {
            page[i] = _view(_listed.at(offset + i));
        }
    }

    /// @notice The eight hex digits an app shows of `account` (0x1234…abcd): its first and last two bytes.
    /// @param account Any address.
    function shownDigitsOf(address account) public pure returns (bytes4) {
        uint160 value = uint160(account);
        // Two bytes from each end of a 160-bit value fit in 32 bits.
        // forge-lint: disable-next-line(unsafe-typecast)
        return bytes4(uint32(((value >> 144) << 16) | (value & 0xffff)));
    }

    /// @dev Frees the licence an entry held before, and takes the new one unless another entry holds it.
    function _claimLicence(address account, bytes32 licence) private {
        bytes32 previous = _entries[account].licence;
        if (previous == licence) return;
        if (licence != bytes32(0)) {
            address holder = _byLicence[licence];
            if (holder != address(0)) revert LicenceInUse(licence, holder);
            _byLicence[licence] = account;
        }
        if (previous != bytes32(0)) delete _byLicence[previous];
    }

    function _view(address account) private view returns (EntryView memory) {
        Entry storage entry = _entries[account];
        return EntryView({
            account: account,
            kind: entry.kind,
            verified: entry.kind != Kind.None && _holdsKind(account, entry.kind),
            listedAt: entry.listedAt,
            licence: entry.licence,
            name: entry.name
        });
    }

    function _holdsKind(address account, Kind kind) private view returns (bool) {
        if (kind == Kind.Facility) return true;
        if (kind == Kind.Doctor) return _hasRole(DOCTOR_ROLE, account);
        if (kind == Kind.BillingOffice) return _hasRole(BILLING_ROLE, account);
        if (kind == Kind.Allocator) return _hasRole(ALLOCATOR_ROLE, account);
        return _hasRole(ADMIN_ROLE, account);
    }
}
