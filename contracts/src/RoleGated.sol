// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {CareRoles} from "./CareRoles.sol";
import {ICareErrors} from "./interfaces/ICareErrors.sol";

/// @title RoleGated
/// @notice Base for CareChain capability contracts: every role check is answered by the one shared CareRoles.
abstract contract RoleGated is ICareErrors {
    // Same values as CareRoles' constants; kept here so that a check costs one call, not two.
    bytes32 internal constant ADMIN_ROLE = keccak256("ADMIN_ROLE");
    bytes32 internal constant DOCTOR_ROLE = keccak256("DOCTOR_ROLE");
    bytes32 internal constant BILLING_ROLE = keccak256("BILLING_ROLE");
    bytes32 internal constant ALLOCATOR_ROLE = keccak256("ALLOCATOR_ROLE");

    /// @notice The roles authority this contract consults.
    /// @dev Its getter `roles()` is part of the public interface, hence not in SNAKE_CASE.
    // solhint-disable-next-line immutable-vars-naming
    CareRoles public immutable roles;

    /// @notice The roles authority address was zero.
    error ZeroRolesAuthority();

    constructor(CareRoles roles_) {
        if (address(roles_) == address(0)) revert ZeroRolesAuthority();
        roles = roles_;
    }

    /// @dev Reverts with OpenZeppelin's AccessControlUnauthorizedAccount, so apps decode one error for every contract.
    modifier onlyRole(bytes32 role) {
        _checkRole(role, msg.sender);
        _;
    }

    function _checkRole(bytes32 role, address account) internal view {
        if (!roles.hasRole(role, account)) {
            revert IAccessControl.AccessControlUnauthorizedAccount(account, role);
        }
    }

    function _hasRole(bytes32 role, address account) internal view returns (bool) {
        return roles.hasRole(role, account);
    }

    /// @dev Whether `account` may issue invoices: CareRoles states the rule (billing offices and doctors).
    function _isProvider(address account) internal view returns (bool) {
        return roles.isProvider(account);
    }

    function _checkText(string calldata text, uint256 maxLength, bool allowEmpty) internal pure {
        uint256 length = bytes(text).length;
        if ((length == 0 && !allowEmpty) || length > maxLength) revert InvalidText(length, maxLength);
    }
}
