// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";

/// @title TestStablecoin
/// @notice A dollar-like token for the local chain only: 6 decimals like USDC, EIP-2612 permit under a chosen
/// EIP-712 version ("1" like most tokens, "2" like Circle's USDC), and minting that works on chain 31337 and nowhere
/// else. Testnets use real stablecoins instead.
/// @dev OpenZeppelin's ERC20Permit fixes the domain version at "1"; this is its permit with the version as a
/// parameter, so that apps are tested against both domains they meet on real networks.
contract TestStablecoin is ERC20, IERC20Permit, EIP712, Nonces, Ownable {
    bytes32 private constant PERMIT_TYPEHASH =
    // solhint-disable-next-line gas-small-strings
    keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");
    uint256 private constant LOCAL_CHAIN_ID = 31_337;

    string private _version;

    /// @notice Minting was attempted outside the local development chain.
    /// @param chainId The chain it was attempted on.
    error MintingOnlyOnLocalChain(uint256 chainId);
    /// @notice The permit's deadline has passed.
    /// @param deadline The deadline signed.
    error ERC2612ExpiredSignature(uint256 deadline);
    /// @notice The permit was not signed by the owner.
    /// @param signer Who signed it.
    /// @param owner Whose allowance it was for.
    error ERC2612InvalidSigner(address signer, address owner);

    /// @param owner_ Who may mint.
    /// @param name_ The token's name, also its EIP-712 domain name.
    /// @param symbol_ Its symbol.
    /// @param version_ Its EIP-712 domain version.
    constructor(address owner_, string memory name_, string memory symbol_, string memory version_)
        ERC20(name_, symbol_)
        EIP712(name_, version_)
        Ownable(owner_)
    {
        _version = version_;
    }

    /// @notice 6, like USDC.
    function decimals() public pure override returns (uint8) {
        return 6;
    }

    /// @notice The EIP-712 domain version, as USDC exposes it.
    function version() external view returns (string memory) {
        return _version;
    }

    /// @notice Mints test dollars; owner only, and only on the local development chain.
    /// @param to The receiver.
    /// @param amount In units of 10^-6.
    function mint(address to, uint256 amount) external onlyOwner {
        if (block.chainid != LOCAL_CHAIN_ID) revert MintingOnlyOnLocalChain(block.chainid);
        _mint(to, amount);
    }

    /// @inheritdoc IERC20Permit
    function permit(
        address owner,
        address spender,
        uint256 value,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external {
        // A permit is valid until its deadline; validators cannot move time by more than seconds.
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp > deadline) revert ERC2612ExpiredSignature(deadline);
        bytes32 structHash =
            keccak256(abi.encode(PERMIT_TYPEHASH, owner, spender, value, _useNonce(owner), deadline));
        address signer = ECDSA.recover(_hashTypedDataV4(structHash), v, r, s);
        if (signer != owner) revert ERC2612InvalidSigner(signer, owner);
        _approve(owner, spender, value);
    }

    /// @inheritdoc IERC20Permit
    function nonces(address owner) public view override(IERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }

    /// @inheritdoc IERC20Permit
    // solhint-disable-next-line func-name-mixedcase
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparatorV4();
    }
}
