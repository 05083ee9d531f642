// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title TestStablecoin
/// @notice A dollar-like token for the local chain only: 6 decimals like USDC, EIP-2612 permit, and minting that
/// works on chain 31337 and nowhere else. Testnets use real stablecoins instead.
contract TestStablecoin is ERC20, ERC20Permit, Ownable {
    /// @notice Minting was attempted outside the local development chain.
    error MintingOnlyOnLocalChain(uint256 chainId);

    uint256 private constant LOCAL_CHAIN_ID = 31_337;

    constructor(address owner_)
        ERC20("CareChain Test Dollar", "tUSD")
        ERC20Permit("CareChain Test Dollar")
        Ownable(owner_)
    {}

    /// @notice 6, like USDC.
    function decimals() public pure override returns (uint8) {
        return 6;
    }

    /// @notice Mints test dollars; owner only, and only on the local development chain.
    function mint(address to, uint256 amount) external onlyOwner {
        if (block.chainid != LOCAL_CHAIN_ID) revert MintingOnlyOnLocalChain(block.chainid);
        _mint(to, amount);
    }
}
