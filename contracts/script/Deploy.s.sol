// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Vm} from "../test/CheatTest.sol";
import {CareRoles} from "../src/CareRoles.sol";
import {ResourceAllocation} from "../src/ResourceAllocation.sol";

/// @notice Deploys every CareChain contract. The broadcaster (from --private-key, --account or --unlocked) becomes
/// the first administrator unless CARECHAIN_ADMIN names another address.
/// `npm run deploy` wraps this and records the addresses per chain id for the app.
contract Deploy {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    function run() external returns (CareRoles roles, ResourceAllocation resourceAllocation) {
        vm.startBroadcast();
        (, address deployer,) = vm.readCallers();
        address admin = vm.envOr("CARECHAIN_ADMIN", deployer);
        roles = new CareRoles(admin);
        resourceAllocation = new ResourceAllocation(roles);
        vm.stopBroadcast();
    }
}
