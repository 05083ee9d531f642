// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title ICareErrors
/// @notice The refusals that every CareChain contract shares, so that one idea has one name across the system.
/// Role denials use OpenZeppelin's `AccessControlUnauthorizedAccount(account, role)` everywhere.
interface ICareErrors {
    /// @notice A text field is empty where it must not be, or longer than its limit.
    /// @param length The text's length in UTF-8 bytes.
    /// @param maxLength The most bytes the field accepts.
    error InvalidText(uint256 length, uint256 maxLength);

    /// @notice A quantity of units or an amount of money was zero.
    error ZeroAmount();

    /// @notice The zero address was given where an account is required.
    error ZeroAddress();

    /// @notice A view was asked for more items than it returns in one call.
    /// @param requested How many were asked for.
    /// @param maxItems The most one call returns.
    error PageTooLarge(uint256 requested, uint256 maxItems);
}
