// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Vm} from "../test/CheatTest.sol";
import {CareRoles} from "../src/CareRoles.sol";
import {PatientRecords} from "../src/PatientRecords.sol";
import {ResourceAllocation} from "../src/ResourceAllocation.sol";
import {ServicePayments} from "../src/ServicePayments.sol";
import {TestStablecoin} from "../src/TestStablecoin.sol";

/// @notice Deploys every CareChain contract. The broadcaster (from --private-key, --account or --unlocked) becomes
/// the first administrator unless CARECHAIN_ADMIN names another address. Payments accept the stablecoin named by
/// CARECHAIN_STABLECOIN (set by `npm run deploy` from contracts/script/stablecoins.json); on the local chain
/// without one, a TestStablecoin is deployed. `npm run deploy` records the addresses per chain id for the app.
contract Deploy {
    // Named as in every Foundry script.
    // solhint-disable-next-line const-name-snakecase
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));
    uint256 internal constant LOCAL_CHAIN_ID = 31_337;

    error NoStablecoinForThisChain(uint256 chainId);

    function run()
        external
        returns (
            CareRoles roles,
            ResourceAllocation resourceAllocation,
            PatientRecords patientRecords,
            ServicePayments servicePayments
        )
    {
        vm.startBroadcast();
        (, address deployer,) = vm.readCallers();
        address admin = vm.envOr("CARECHAIN_ADMIN", deployer);
        address stablecoin = vm.envOr("CARECHAIN_STABLECOIN", address(0));
        if (stablecoin == address(0)) {
            if (block.chainid != LOCAL_CHAIN_ID) revert NoStablecoinForThisChain(block.chainid);
            stablecoin = address(new TestStablecoin(deployer));
        }
        roles = new CareRoles(admin);
        resourceAllocation = new ResourceAllocation(roles);
        patientRecords = new PatientRecords(roles);
        address[] memory tokens = new address[](1);
        tokens[0] = stablecoin;
        servicePayments = new ServicePayments(roles, tokens);
        vm.stopBroadcast();
    }
}
