// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CareRoles} from "../../src/CareRoles.sol";
import {IServicePayments} from "../../src/interfaces/IServicePayments.sol";
import {ServicePayments} from "../../src/ServicePayments.sol";
import {TestStablecoin} from "../../src/TestStablecoin.sol";
import {CheatTest} from "../CheatTest.sol";

/// @dev Providers issue, cancel and refund; patients and relatives pay (sometimes the wrong amount, sometimes
/// twice); everyone withdraws. Ghost counters record how often each invoice was paid.
contract ServicePaymentsHandler is CheatTest {
    ServicePayments internal immutable payments;
    TestStablecoin internal immutable usd;
    CareRoles internal immutable roles;
    address internal immutable admin;
    address[] public providers;
    address[] public payers;
    mapping(uint256 invoiceId => uint256 times) public timesPaid;
    uint256 public successfulCalls;
    /// @dev Payments the contract accepted for an invoice whose provider had lost the role.
    uint256 public paidToFormerProviders;

    constructor(
        ServicePayments payments_,
        TestStablecoin usd_,
        CareRoles roles_,
        address admin_,
        address[] memory providers_,
        address[] memory payers_
    ) {
        payments = payments_;
        usd = usd_;
        roles = roles_;
        admin = admin_;
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

    function issue(uint256 providerSeed, uint256 patientSeed, uint96 amount, bool inUsd) external {
        amount = uint96(bound(amount, 1, inUsd ? 500e6 : 2 ether));
        vm.prank(providers[providerSeed % providers.length]);
        try payments.createInvoice(
            payers[patientSeed % payers.length],
            inUsd ? address(usd) : address(0),
            amount,
            uint64(block.timestamp + 1 days),
            "",
            ""
        ) {
            successfulCalls++;
        } catch {}
    }

    /// @dev The admin takes a provider's role away or gives it back; their open invoices become unpayable meanwhile.
    function toggleProvider(uint256 providerSeed) external {
        address provider = providers[providerSeed % providers.length];
        bytes32 role = providerSeed % providers.length == 0 ? roles.BILLING_ROLE() : roles.DOCTOR_ROLE();
        vm.startPrank(admin);
        if (roles.hasRole(role, provider)) roles.revokeRole(role, provider);
        else roles.grantRole(role, provider);
        vm.stopPrank();
    }

    function togglePause(bool pause) external {
        vm.prank(admin);
        if (pause) try payments.pause() {} catch {} else try payments.unpause() {} catch {}
    }

    function pay(uint256 invoiceSeed, uint256 payerSeed, bool exact) external {
        uint256 id = _someInvoice(invoiceSeed);
        if (id == 0) return;
        IServicePayments.InvoiceView memory view_ = payments.getInvoice(id);
        IServicePayments.Invoice memory invoice = view_.invoice;
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
            if (!view_.providerActive) paidToFormerProviders++;
            timesPaid[id]++;
            successfulCalls++;
        }
    }

    function cancel(uint256 invoiceSeed) external {
        uint256 id = _someInvoice(invoiceSeed);
        if (id == 0) return;
        vm.prank(payments.getInvoice(id).invoice.provider);
        try payments.cancelInvoice(id) {
            successfulCalls++;
        } catch {}
    }

    /// @dev Providers refund from their credit, sometimes topping it up from their own wallet first.
    function refund(uint256 invoiceSeed, uint96 amount, uint96 topUp) external {
        uint256 id = _someInvoice(invoiceSeed);
        if (id == 0) return;
        IServicePayments.Invoice memory invoice = payments.getInvoice(id).invoice;
        amount = uint96(bound(amount, 0, uint256(invoice.amount) + 1));
        topUp = uint96(bound(topUp, 0, amount));
        bool inEth = invoice.currency == address(0);
        if (inEth) {
            vm.deal(invoice.provider, invoice.provider.balance + topUp);
        } else {
            vm.prank(admin);
            usd.mint(invoice.provider, topUp);
            vm.prank(invoice.provider);
            usd.approve(address(payments), topUp);
        }
        vm.prank(invoice.provider);
        try payments.refund{value: inEth ? topUp : 0}(id, amount, topUp) {
            successfulCalls++;
        } catch {}
    }

    /// @dev Sometimes to another address than the caller's own: still only the caller's credit leaves.
    function withdraw(uint256 accountSeed, bool inUsd, uint256 toSeed) external {
        address[] memory all = this.accounts();
        vm.prank(all[accountSeed % all.length]);
        try payments.withdrawTo(inUsd ? address(usd) : address(0), all[toSeed % all.length]) {
            successfulCalls++;
        } catch {}
    }

    function _someInvoice(uint256 seed) private view returns (uint256) {
        uint256 count = payments.invoiceCount();
        return count == 0 ? 0 : 1 + (seed % count);
    }
}
