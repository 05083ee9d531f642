// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @dev Dai's style of permit: permit(holder, spender, nonce, expiry, allowed, v, r, s) under its own typehash,
/// with a DOMAIN_SEPARATOR and version "1" like an EIP-2612 token, but not EIP-2612's function or typehash.
contract DaiLikeToken is ERC20 {
    bytes32 public constant PERMIT_TYPEHASH =
        keccak256("Permit(address holder,address spender,uint256 nonce,uint256 expiry,bool allowed)");
    string public constant version = "1";
    bytes32 public immutable DOMAIN_SEPARATOR;
    mapping(address holder => uint256) public nonces;

    constructor() ERC20("Dai-like Stablecoin", "tDAI") {
        DOMAIN_SEPARATOR = keccak256(
            abi.encode(
                keccak256(
                    "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
                ),
                keccak256(bytes("Dai-like Stablecoin")),
                keccak256(bytes(version)),
                block.chainid,
                address(this)
            )
        );
    }

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function permit(
        address holder,
        address spender,
        uint256 nonce,
        uint256 expiry,
        bool allowed,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external {
        bytes32 digest = keccak256(
            abi.encodePacked(
                "\x19\x01",
                DOMAIN_SEPARATOR,
                keccak256(abi.encode(PERMIT_TYPEHASH, holder, spender, nonce, expiry, allowed))
            )
        );
        require(holder != address(0) && holder == ecrecover(digest, v, r, s), "invalid permit");
        require(expiry == 0 || block.timestamp <= expiry, "permit expired");
        require(nonce == nonces[holder]++, "invalid nonce");
        _approve(holder, spender, allowed ? type(uint256).max : 0);
    }
}
