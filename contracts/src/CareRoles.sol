// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessControl, IAccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {AccessControlEnumerable} from "@openzeppelin/contracts/access/extensions/AccessControlEnumerable.sol";

/// @title CareRoles
/// @notice The single roles authority that every CareChain contract consults.
/// @dev Administrators grant and revoke ADMIN, DOCTOR, BILLING and ALLOCATOR. Patients and facility managers are not
/// global roles: patients register themselves and facility managers are set per facility.
contract CareRoles is AccessControlEnumerable {
    /// @notice Administers every role, including itself.
    bytes32 public constant ADMIN_ROLE = keccak256("ADMIN_ROLE");
    /// @notice Licensed clinicians who may write patient records once a patient consents.
    bytes32 public constant DOCTOR_ROLE = keccak256("DOCTOR_ROLE");
    /// @notice A provider's billing office, which issues invoices.
    bytes32 public constant BILLING_ROLE = keccak256("BILLING_ROLE");
    /// @notice May allocate medical resources to facilities.
    bytes32 public constant ALLOCATOR_ROLE = keccak256("ALLOCATOR_ROLE");

    /// @notice The role is not one of ADMIN, DOCTOR, BILLING or ALLOCATOR.
    error UnknownRole(bytes32 role);
    /// @notice Revoking or renouncing would leave the system without any administrator.
    error LastAdmin();
    /// @notice The zero address cannot hold a role.
    error ZeroAddress();

    /// @param initialAdmin The first administrator, who can then grant every other role.
    constructor(address initialAdmin) {
        if (initialAdmin == address(0)) revert ZeroAddress();
        _setRoleAdmin(ADMIN_ROLE, ADMIN_ROLE);
        _setRoleAdmin(DOCTOR_ROLE, ADMIN_ROLE);
        _setRoleAdmin(BILLING_ROLE, ADMIN_ROLE);
        _setRoleAdmin(ALLOCATOR_ROLE, ADMIN_ROLE);
        _grantRole(ADMIN_ROLE, initialAdmin);
    }

    /// @notice Grants `role` to `account`. Only administrators; emits {RoleGranted} when it was not held already.
    /// @param role One of ADMIN_ROLE, DOCTOR_ROLE, BILLING_ROLE, ALLOCATOR_ROLE.
    /// @param account The address receiving the role; not the zero address.
    function grantRole(bytes32 role, address account) public override(AccessControl, IAccessControl) {
        if (!isKnownRole(role)) revert UnknownRole(role);
        if (account == address(0)) revert ZeroAddress();
        super.grantRole(role, account);
    }

    /// @notice Whether `role` is one of the four CareChain roles.
    function isKnownRole(bytes32 role) public pure returns (bool) {
        return role == ADMIN_ROLE || role == DOCTOR_ROLE || role == BILLING_ROLE || role == ALLOCATOR_ROLE;
    }

    /// @notice The roles `account` holds, in one call.
    function rolesOf(address account)
        external
        view
        returns (bool isAdmin, bool isDoctor, bool isBilling, bool isAllocator)
    {
        return (
            hasRole(ADMIN_ROLE, account),
            hasRole(DOCTOR_ROLE, account),
            hasRole(BILLING_ROLE, account),
            hasRole(ALLOCATOR_ROLE, account)
        );
    }

    /// @dev Guards revokeRole and renounceRole alike: the last administrator cannot leave.
    function _revokeRole(bytes32 role, address account) internal override returns (bool) {
        if (role == ADMIN_ROLE && getRoleMemberCount(ADMIN_ROLE) == 1 && hasRole(ADMIN_ROLE, account)) {
            revert LastAdmin();
        }
        return super._revokeRole(role, account);
    }
}
