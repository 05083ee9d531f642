// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ServicePayments} from "../../src/ServicePayments.sol";
import {TestStablecoin} from "../../src/TestStablecoin.sol";
import {CheatTest} from "../CheatTest.sol";

/// @dev Providers issue, cancel and refund; patients and relatives pay (sometimes the wrong amount, sometimes
/// twice); everyone withdraws. Ghost counters record how often each invoice was paid.
contract ServicePaymentsHandler is CheatTest {
    ServicePayments internal immutable payments;
    TestStablecoin internal immutable usd;
    address[] public providers;
    address[] public payers;
    mapping(uint256 invoiceId => uint256 times) public timesPaid;
    uint256 public successfulCalls;

    constructor(
        ServicePayments payments_,
        TestStablecoin usd_,
        address[] memory providers_,
        address[] memory payers_
    ) {
        payments = payments_;
        usd = usd_;
        providers = providers_;
        payers = payers_;
    }

    function accounts() external view returns (address[] memory all) {
        all = new address[](providers.length + payers.length);
        for (uint256 i; i < providers.length; ++i) {
            all[i] = providers[i];
        }
        for (uint256 i; i < payers.length; ++i) {
            all[providers.length + i] = payers[i];
        }
    }

    function issue(uint256 providerSeed, uint256 patientSeed, uint128 amount, bool inUsd) external {
        amount = uint128(bound(amount, 1, inUsd ? 500e6 : 2 ether));
        vm.prank(providers[providerSeed % providers.length]);
        payments.createInvoice(
            payers[patientSeed % payers.length],
            inUsd ? address(usd) : address(0),
            amount,
            uint64(block.timestamp + 1 days),
            "",
            ""
        );
        successfulCalls++;
    }

    function pay(uint256 invoiceSeed, uint256 payerSeed, bool exact) external {
        uint256 id = _someInvoice(invoiceSeed);
        if (id == 0) return;
        ServicePayments.Invoice memory invoice = payments.getInvoice(id);
        address payer = payers[payerSeed % payers.length];
        uint256 amount = exact ? invoice.amount : invoice.amount + 1;
        vm.startPrank(payer);
        bool paid;
        if (invoice.currency == address(0)) {
            vm.deal(payer, payer.balance + amount);
            try payments.payWithEth{value: amount}(id) {
                paid = true;
            } catch {}
        } else {
            usd.approve(address(payments), amount);
            try payments.payWithToken(id) {
                paid = true;
            } catch {}
        }
        vm.stopPrank();
        if (paid) {
            timesPaid[id]++;
            successfulCalls++;
        }
    }

    function cancel(uint256 invoiceSeed) external {
        uint256 id = _someInvoice(invoiceSeed);
        if (id == 0) return;
        vm.prank(payments.getInvoice(id).provider);
        try payments.cancelInvoice(id) {
            successfulCalls++;
        } catch {}
    }

    function refund(uint256 invoiceSeed, uint128 amount) external {
        uint256 id = _someInvoice(invoiceSeed);
        if (id == 0) return;
        ServicePayments.Invoice memory invoice = payments.getInvoice(id);
        amount = uint128(bound(amount, 0, uint256(invoice.amount) + 1));
        vm.prank(invoice.provider);
        try payments.refund(id, amount) {
            successfulCalls++;
        } catch {}
    }

    function withdraw(uint256 accountSeed, bool inUsd) external {
        address[] memory all = this.accounts();
        vm.prank(all[accountSeed % all.length]);
        try payments.withdraw(inUsd ? address(usd) : address(0)) {
            successfulCalls++;
        } catch {}
    }

    function _someInvoice(uint256 seed) private view returns (uint256) {
        uint256 count = payments.invoiceCount();
        return count == 0 ? 0 : 1 + (seed % count);
    }
}
