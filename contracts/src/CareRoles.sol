// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessControl, IAccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {AccessControlEnumerable} from "@openzeppelin/contracts/access/extensions/AccessControlEnumerable.sol";
import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";
import {ICareErrors} from "./interfaces/ICareErrors.sol";

/// @title CareRoles
/// @notice The single roles authority that every CareChain contract consults.
/// @dev Administrators grant and revoke DOCTOR, BILLING and ALLOCATOR at once. The administrator role itself changes
/// hands in two steps (offer, then acceptance by the new holder), so it can never be handed to an address that
/// nobody controls, and the last administrator cannot leave. An offer lasts ADMIN_OFFER_LIFETIME at most, and
/// lapses as soon as the administrator who made it loses the role. Patients and facility managers are not global roles:
/// patients register themselves and facility managers are set per facility.
contract CareRoles is AccessControlEnumerable, ICareErrors {
    using EnumerableSet for EnumerableSet.AddressSet;

    /// @notice Administers every role, including itself.
    bytes32 public constant ADMIN_ROLE = keccak256("ADMIN_ROLE");
    /// @notice Licensed clinicians who may write patient records once a patient consents.
    bytes32 public constant DOCTOR_ROLE = keccak256("DOCTOR_ROLE");
    /// @notice A provider's billing office, which issues invoices.
    bytes32 public constant BILLING_ROLE = keccak256("BILLING_ROLE");
    /// @notice May allocate medical resources to facilities.
    bytes32 public constant ALLOCATOR_ROLE = keccak256("ALLOCATOR_ROLE");

    /// @notice How long an offer of the administrator role may wait for its acceptance.
    uint256 public constant ADMIN_OFFER_LIFETIME = 14 days;
    /// @notice The most offers of the administrator role pending at once, so that they are listed in one call.
    uint256 public constant MAX_ADMIN_OFFERS = 16;

    /// @notice A pending offer of the administrator role.
    struct AdminOffer {
        /// @dev The address offered the role.
        address account;
        /// @dev The administrator who made the offer; it lapses when they lose the role.
        address by;
        /// @dev After this time the offer can no longer be accepted.
        uint64 expiresAt;
    }

    mapping(address account => AdminOffer) private _offers;
    EnumerableSet.AddressSet private _offered;
    mapping(bytes32 role => mapping(address account => uint256 blockNumber)) private _heldSince;

    /// @notice An administrator offered the administrator role to `account`, who must accept it.
    /// @param account The address offered the role.
    /// @param by The administrator who made the offer.
    /// @param expiresAt When the offer lapses if not accepted.
    event AdminOffered(address indexed account, address indexed by, uint64 expiresAt);
    /// @notice An administrator withdrew an offer of the administrator role before it was accepted.
    /// @param account The address whose offer was withdrawn.
    /// @param by The administrator who withdrew it.
    event AdminOfferWithdrawn(address indexed account, address indexed by);
    /// @notice An offer of the administrator role lapsed because its maker lost the role.
    /// @param account The address whose offer lapsed.
    /// @param by The former administrator who made it.
    event AdminOfferLapsed(address indexed account, address indexed by);

    /// @notice The role is not one of ADMIN, DOCTOR, BILLING or ALLOCATOR.
    /// @param role The role id given.
    error UnknownRole(bytes32 role);
    /// @notice Revoking or renouncing would leave the system without any administrator.
    error LastAdmin();
    /// @notice The administrator role is offered and accepted (offerAdmin, acceptAdmin), never granted at once.
    /// @param account The address it was to be granted to.
    error AdminNeedsAcceptance(address account);
    /// @notice `account` has no pending offer of the administrator role (never made, withdrawn, lapsed or expired).
    /// @param account The address without an offer.
    error NoAdminOffer(address account);
    /// @notice MAX_ADMIN_OFFERS offers are pending already: withdraw one first.
    /// @param max The limit.
    error TooManyAdminOffers(uint256 max);
    /// @notice `account` is an administrator already.
    /// @param account The address given.
    error AlreadyAdmin(address account);

    /// @param initialAdmin The first administrator, who can then grant every other role; the deployer's own key.
    constructor(address initialAdmin) {
        if (initialAdmin == address(0)) revert ZeroAddress();
        _setRoleAdmin(ADMIN_ROLE, ADMIN_ROLE);
        _setRoleAdmin(DOCTOR_ROLE, ADMIN_ROLE);
        _setRoleAdmin(BILLING_ROLE, ADMIN_ROLE);
        _setRoleAdmin(ALLOCATOR_ROLE, ADMIN_ROLE);
        _grantRole(ADMIN_ROLE, initialAdmin);
    }

    /// @notice Grants DOCTOR, BILLING or ALLOCATOR to `account`. Administrators only; emits {RoleGranted} when it
    /// was not held already. The administrator role goes through {offerAdmin} and {acceptAdmin} instead.
    /// @param role One of DOCTOR_ROLE, BILLING_ROLE, ALLOCATOR_ROLE.
    /// @param account The address receiving the role; not the zero address.
    function grantRole(bytes32 role, address account) public override(AccessControl, IAccessControl) {
        if (!isKnownRole(role)) revert UnknownRole(role);
        if (account == address(0)) revert ZeroAddress();
        if (role == ADMIN_ROLE) revert AdminNeedsAcceptance(account);
        super.grantRole(role, account);
    }

    /// @notice Offers the administrator role to `account`; it becomes an administrator when it accepts, within
    /// ADMIN_OFFER_LIFETIME and while the caller is still an administrator. Offering again renews the offer.
    /// Administrators only.
    /// @param account The address offered the role; not the zero address, not an administrator.
    function offerAdmin(address account) external onlyRole(ADMIN_ROLE) {
        if (account == address(0)) revert ZeroAddress();
        if (hasRole(ADMIN_ROLE, account)) revert AlreadyAdmin(account);
        if (_offered.add(account) && _offered.length() > MAX_ADMIN_OFFERS) {
            revert TooManyAdminOffers(MAX_ADMIN_OFFERS);
        }
        uint64 expiresAt = uint64(block.timestamp + ADMIN_OFFER_LIFETIME);
        _offers[account] = AdminOffer(account, msg.sender, expiresAt);
        emit AdminOffered(account, msg.sender, expiresAt);
    }

    /// @notice Withdraws a pending offer of the administrator role (an expired one too). Administrators only.
    /// @param account The address whose offer is withdrawn.
    function withdrawAdminOffer(address account) external onlyRole(ADMIN_ROLE) {
        if (!_offered.remove(account)) revert NoAdminOffer(account);
        delete _offers[account];
        emit AdminOfferWithdrawn(account, msg.sender);
    }

    /// @notice The caller accepts the administrator role it was offered, proving that someone controls it.
    function acceptAdmin() external {
        if (!_offered.contains(msg.sender) || _offers[msg.sender].expiresAt < block.timestamp) {
            revert NoAdminOffer(msg.sender);
        }
        _offered.remove(msg.sender);
        delete _offers[msg.sender];
        _grantRole(ADMIN_ROLE, msg.sender);
    }

    /// @notice Whether `account` holds an offer of the administrator role that it may accept now.
    /// @param account Any address.
    function adminOffered(address account) external view returns (bool) {
        return _offered.contains(account) && _offers[account].expiresAt >= block.timestamp;
    }

    /// @notice Every pending offer of the administrator role (at most MAX_ADMIN_OFFERS), expired ones included
    /// until withdrawn.
    function adminOffers() external view returns (AdminOffer[] memory offers) {
        uint256 count = _offered.length();
        offers = new AdminOffer[](count);
        for (uint256 i; i < count; ++i) {
            offers[i] = _offers[_offered.at(i)];
        }
    }

    /// @notice Whether `role` is one of the four CareChain roles.
    /// @param role A role id.
    function isKnownRole(bytes32 role) public pure returns (bool) {
        return role == ADMIN_ROLE || role == DOCTOR_ROLE || role == BILLING_ROLE || role == ALLOCATOR_ROLE;
    }

    /// @notice The block in which `account` was last granted `role`, or 0 when it does not hold it now. Consents
    /// given before that block belong to an earlier tenure of the role and no longer count.
    /// @param role A role id.
    /// @param account Any address.
    function roleSince(bytes32 role, address account) external view returns (uint256 blockNumber) {
        return _heldSince[role][account];
    }

    /// @notice The roles `account` holds, in one call, and whether that makes it a provider.
    /// @param account Any address.
    function rolesOf(address account)
        external
        view
        returns (bool isAdmin, bool isDoctor, bool isBilling, bool isAllocator, bool provider)
    {
        bool doctor = hasRole(DOCTOR_ROLE, account);
        bool billing = hasRole(BILLING_ROLE, account);
        return
            (
                hasRole(ADMIN_ROLE, account),
                doctor,
                billing,
                hasRole(ALLOCATOR_ROLE, account),
                doctor || billing
            );
    }

    /// @notice Whether `account` may issue invoices and be paid: billing offices and doctors. The one statement of
    /// that rule, for every contract and the app.
    /// @param account Any address.
    function isProvider(address account) external view returns (bool) {
        return hasRole(BILLING_ROLE, account) || hasRole(DOCTOR_ROLE, account);
    }

    /// @dev Remembers when each tenure of a role began.
    function _grantRole(bytes32 role, address account) internal override returns (bool granted) {
        granted = super._grantRole(role, account);
        if (granted) _heldSince[role][account] = block.number;
    }

    /// @dev Guards revokeRole and renounceRole alike: the last administrator cannot leave.
    function _revokeRole(bytes32 role, address account) internal override returns (bool revoked) {
        if (role == ADMIN_ROLE && getRoleMemberCount(ADMIN_ROLE) == 1 && hasRole(ADMIN_ROLE, account)) {
            revert LastAdmin();
        }
        revoked = super._revokeRole(role, account);
        if (revoked) delete _heldSince[role][account];
        if (revoked && role == ADMIN_ROLE) _lapseOffersBy(account);
    }

    /// @dev An offer speaks for the administrator who made it: it does not outlive their role.
    function _lapseOffersBy(address maker) private {
        for (uint256 i = _offered.length(); i > 0; --i) {
            address account = _offered.at(i - 1);
            if (_offers[account].by != maker) continue;
            _offered.remove(account);
            delete _offers[account];
            emit AdminOfferLapsed(account, maker);
        }
    }
}
