// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CareRoles} from "../../src/CareRoles.sol";
import {IServicePayments} from "../../src/interfaces/IServicePayments.sol";
import {ServicePayments} from "../../src/ServicePayments.sol";
import {TestStablecoin} from "../../src/TestStablecoin.sol";
import {CheatTest} from "../CheatTest.sol";
import {ServicePaymentsHandler} from "./ServicePaymentsHandler.sol";

/// @dev Run with FOUNDRY_PROFILE=ci for ≥ 10,000 calls per invariant (160 runs × depth 64).
contract ServicePaymentsInvariantTest is CheatTest {
    ServicePayments internal payments;
    TestStablecoin internal usd;
    ServicePaymentsHandler internal handler;

    function setUp() public {
        vm.chainId(31_337);
        address admin = makeAddr("admin");
        CareRoles roles = new CareRoles(admin);
        usd = new TestStablecoin(admin, "CareChain Test Dollar", "tUSD", "1");
        address[] memory tokens = new address[](1);
        tokens[0] = address(usd);
        payments = new ServicePayments(roles, tokens);
        address[] memory providers = new address[](2);
        address[] memory payers = new address[](3);
        vm.startPrank(admin);
        providers[0] = makeAddr("billing");
        providers[1] = makeAddr("doctor");
        roles.grantRole(roles.BILLING_ROLE(), providers[0]);
        roles.grantRole(roles.DOCTOR_ROLE(), providers[1]);
        for (uint256 i; i < payers.length; ++i) {
            payers[i] = makeAddr(string.concat("payer", vm.toString(i)));
            usd.mint(payers[i], 1_000_000e6);
        }
        vm.stopPrank();
        handler = new ServicePaymentsHandler(payments, usd, roles, admin, providers, payers);
        targetContract(address(handler));
    }

    /// @dev For ETH and the stablecoin alike, the contract holds exactly what it owes.
    function invariant_balanceEqualsWhatIsOwed() public view {
        address[] memory accounts = handler.accounts();
        uint256 owedEth;
        uint256 owedUsd;
        for (uint256 i; i < accounts.length; ++i) {
            owedEth += payments.creditOf(accounts[i], address(0));
            owedUsd += payments.creditOf(accounts[i], address(usd));
        }
        vm.assertEq(address(payments).balance, owedEth, "ETH held = ETH owed");
        vm.assertEq(usd.balanceOf(address(payments)), owedUsd, "tUSD held = tUSD owed");
    }

    /// @dev No invoice is ever paid twice, and none is refunded beyond what was paid.
    function invariant_paidAtMostOnceAndRefundedAtMostInFull() public view {
        uint256 count = payments.invoiceCount();
        for (uint256 id = 1; id <= count; ++id) {
            vm.assertLe(handler.timesPaid(id), 1, "paid at most once");
            IServicePayments.InvoiceView memory invoice = payments.getInvoice(id);
            vm.assertLe(invoice.settlement.refunded, invoice.invoice.amount, "refunded <= amount");
        }
    }

    /// @dev An invoice is never paid while its provider does not hold a provider role.
    function invariant_neverPaidToAFormerProvider() public view {
        vm.assertEq(handler.paidToFormerProviders(), 0, "paid to a former provider");
    }
}
