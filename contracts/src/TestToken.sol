// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title TestToken
/// @notice A plain ERC-20 without permit, for the local chain only (minting works on chain 31337 and nowhere
/// else): invoices in it are paid by approving first, then paying.
contract TestToken is ERC20, Ownable {
    uint256 private constant LOCAL_CHAIN_ID = 31_337;
    uint8 private immutable DECIMALS;

    /// @notice Minting was attempted outside the local development chain.
    /// @param chainId The chain it was attempted on.
    error MintingOnlyOnLocalChain(uint256 chainId);

    /// @param owner_ Who may mint.
    /// @param name_ The token's name.
    /// @param symbol_ Its symbol.
    /// @param decimals_ Its decimals.
    constructor(address owner_, string memory name_, string memory symbol_, uint8 decimals_)
        ERC20(name_, symbol_)
        Ownable(owner_)
    {
        DECIMALS = decimals_;
    }

    /// @notice The token's decimals.
    function decimals() public view override returns (uint8) {
        return DECIMALS;
    }

    /// @notice Mints tokens; owner only, and only on the local development chain.
    /// @param to The receiver.
    /// @param amount In the token's smallest unit.
    function mint(address to, uint256 amount) external onlyOwner {
        if (block.chainid != LOCAL_CHAIN_ID) revert MintingOnlyOnLocalChain(block.chainid);
        _mint(to, amount);
    }
}
