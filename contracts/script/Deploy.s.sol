// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Vm} from "../test/CheatTest.sol";
import {CareRoles} from "../src/CareRoles.sol";
import {PatientRecords} from "../src/PatientRecords.sol";
import {ProviderDirectory} from "../src/ProviderDirectory.sol";
import {ResourceAllocation} from "../src/ResourceAllocation.sol";
import {ServicePayments} from "../src/ServicePayments.sol";
import {TestStablecoin} from "../src/TestStablecoin.sol";
import {TestToken} from "../src/TestToken.sol";

/// @notice Deploys every CareChain contract. The signer is DEPLOYER_PRIVATE_KEY from the environment (never a
/// command-line argument, which other local users can read), or forge's --account, --ledger or --unlocked. The
/// deployer becomes the first administrator; CARECHAIN_ADMIN, when set, is offered the role and must accept it
/// (CareRoles.acceptAdmin), after which the deployer can leave. Payments accept the stablecoin named by
/// CARECHAIN_STABLECOIN (set by `npm run deploy` from contracts/script/stablecoins.json); on the local chain
/// without one, three test tokens are deployed: a permit dollar (domain version "1"), a USDC-like permit dollar
/// (version "2") and a euro without permit.
contract Deploy {
    // Named as in every Foundry script.
    // solhint-disable-next-line const-name-snakecase
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));
    uint256 internal constant LOCAL_CHAIN_ID = 31_337;

    error NoStablecoinForThisChain(uint256 chainId);

    function run() external {
        uint256 key = vm.envOr("DEPLOYER_PRIVATE_KEY", uint256(0));
        if (key != 0) vm.startBroadcast(key);
        else vm.startBroadcast();
        (, address deployer,) = vm.readCallers();
        CareRoles roles = new CareRoles(deployer);
        address offeredAdmin = vm.envOr("CARECHAIN_ADMIN", address(0));
        if (offeredAdmin != address(0) && offeredAdmin != deployer) roles.offerAdmin(offeredAdmin);
        new ResourceAllocation(roles);
        new PatientRecords(roles);
        new ProviderDirectory(roles);
        new ServicePayments(roles, _stablecoins(deployer));
        vm.stopBroadcast();
    }

    function _stablecoins(address deployer) private returns (address[] memory tokens) {
        address stablecoin = vm.envOr("CARECHAIN_STABLECOIN", address(0));
        if (stablecoin != address(0)) {
            tokens = new address[](1);
            tokens[0] = stablecoin;
            return tokens;
        }
        if (block.chainid != LOCAL_CHAIN_ID) revert NoStablecoinForThisChain(block.chainid);
        tokens = new address[](3);
        tokens[0] = address(new TestStablecoin(deployer, "CareChain Test Dollar", "tUSD", "1"));
        tokens[1] = address(new TestStablecoin(deployer, "USD Coin (test)", "tUSDC", "2"));
        tokens[2] = address(new TestToken(deployer, "CareChain Test Euro", "tEUR", 18));
    }
}
