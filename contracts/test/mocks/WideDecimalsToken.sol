// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @dev A token of 24 decimals, as some exist: 79,228 of them would be the most one uint96 invoice could ask.
contract WideDecimalsToken is ERC20 {
    constructor() ERC20("Wide", "WIDE") {}

    function decimals() public pure override returns (uint8) {
        return 24;
    }
}
