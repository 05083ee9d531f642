// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title Multicall3 (local chain)
/// @notice The part of the canonical Multicall3 (0xcA11bde05977b3631167028862bE2a173976CA11 on every public chain)
/// that apps use to read many views in one eth_call: `aggregate3`, `getEthBalance`, `getBlockNumber` and
/// `getCurrentBlockTimestamp`. anvil has no Multicall3; the local stack places this code at the canonical address, so
/// the app batches reads exactly as on a testnet.
contract Multicall3 {
    struct Call3 {
        address target;
        bool allowFailure;
        bytes callData;
    }

    struct Result {
        bool success;
        bytes returnData;
    }

    /// @notice A call that may not fail failed.
    /// @param index Its position in the list.
    error CallFailed(uint256 index);

    /// @notice Makes each call in turn and returns every result; reverts when a call that may not fail fails.
    /// @param calls The calls.
    function aggregate3(Call3[] calldata calls) external payable returns (Result[] memory results) {
        results = new Result[](calls.length);
        for (uint256 i; i < calls.length; ++i) {
            // solhint-disable-next-line avoid-low-level-calls
            (bool success, bytes memory returnData) = calls[i].target.call(calls[i].callData);
            if (!success && !calls[i].allowFailure) revert CallFailed(i);
            results[i] = Result(success, returnData);
        }
    }

    /// @notice The ether balance of `account`.
    /// @param account Any address.
    function getEthBalance(address account) external view returns (uint256) {
        return account.balance;
    }

    /// @notice The number of the block the call runs in.
    function getBlockNumber() external view returns (uint256) {
        return block.number;
    }

    /// @notice The timestamp of the block the call runs in.
    function getCurrentBlockTimestamp() external view returns (uint256) {
        return block.timestamp;
    }
}
