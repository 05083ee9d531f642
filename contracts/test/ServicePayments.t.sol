// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {CareRoles} from "../src/CareRoles.sol";
import {ServicePayments} from "../src/ServicePayments.sol";
import {TestStablecoin} from "../src/TestStablecoin.sol";
import {CheatTest} from "./CheatTest.sol";

/// @dev Tries to re-enter withdraw when it receives ETH.
contract ReentrantProvider {
    ServicePayments internal immutable payments;
    uint256 public reentryAttempts;
    bool public reentrySucceeded;

    constructor(ServicePayments payments_) {
        payments = payments_;
    }

    function issue(address patient, uint128 amount) external returns (uint256) {
        return payments.createInvoice(patient, address(0), amount, uint64(block.timestamp + 1 days), "X", "");
    }

    function withdraw() external {
        payments.withdraw(address(0));
    }

    receive() external payable {
        reentryAttempts++;
        try payments.withdraw(address(0)) {
            reentrySucceeded = true;
        } catch {}
    }
}

contract ServicePaymentsTest is CheatTest {
    CareRoles internal roles;
    ServicePayments internal payments;
    TestStablecoin internal usd;
    address internal admin = makeAddr("admin");
    address internal billing = makeAddr("billing");
    address internal doctor = makeAddr("doctor");
    address internal patient;
    uint256 internal patientKey = 0xA11CE;
    address internal relative = makeAddr("relative");
    address internal stranger = makeAddr("stranger");
    address internal constant ETH = address(0);
    uint64 internal due;

    function setUp() public {
        vm.chainId(31_337);
        patient = vm.addr(patientKey);
        roles = new CareRoles(admin);
        usd = new TestStablecoin(admin);
        address[] memory tokens = new address[](1);
        tokens[0] = address(usd);
        payments = new ServicePayments(roles, tokens);
        vm.startPrank(admin);
        roles.grantRole(roles.BILLING_ROLE(), billing);
        roles.grantRole(roles.DOCTOR_ROLE(), doctor);
        usd.mint(patient, 1000e6);
        vm.stopPrank();
        vm.deal(patient, 10 ether);
        vm.deal(relative, 10 ether);
        due = uint64(block.timestamp + 30 days);
    }

    function issue(address currency, uint128 amount) internal returns (uint256 id) {
        vm.prank(billing);
        id = payments.createInvoice(patient, currency, amount, due, "CPT-99213", "Consultation");
    }

    function payUsd(uint256 id, uint256 amount) internal {
        vm.startPrank(patient);
        usd.approve(address(payments), amount);
        payments.payWithToken(id);
        vm.stopPrank();
    }

    function permitSignature(uint256 value, uint256 deadline)
        internal
        view
        returns (uint8 v, bytes32 r, bytes32 s)
    {
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256(
                    "Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"
                ),
                patient,
                address(payments),
                value,
                usd.nonces(patient),
                deadline
            )
        );
        return
            vm.sign(patientKey, keccak256(abi.encodePacked("\x19\x01", usd.DOMAIN_SEPARATOR(), structHash)));
    }

    function status(uint256 id) internal view returns (ServicePayments.Status) {
        return payments.getInvoice(id).status;
    }

    // ─── currencies ────────────────────────────────────────────────────────

    function test_constructor_allowsTheGivenTokens() public view {
        address[] memory tokens = payments.allowedTokens();
        vm.assertEq(tokens.length, 1, "one token");
        vm.assertEq(tokens[0], address(usd), "usd");
        vm.assertTrue(payments.isCurrencyAllowed(ETH), "eth always");
    }

    function test_setCurrencyAllowed_byAdminOnly_andNeverForEth() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, billing, roles.ADMIN_ROLE()
            )
        );
        vm.prank(billing);
        payments.setCurrencyAllowed(address(usd), false);

        vm.expectEmit(address(payments));
        emit ServicePayments.CurrencyAllowed(address(usd), false);
        vm.prank(admin);
        payments.setCurrencyAllowed(address(usd), false);
        vm.assertFalse(payments.isCurrencyAllowed(address(usd)), "disallowed");

        vm.expectRevert(abi.encodeWithSelector(ServicePayments.CurrencyNotAllowed.selector, ETH));
        vm.prank(admin);
        payments.setCurrencyAllowed(ETH, true);
    }

    // ─── createInvoice ─────────────────────────────────────────────────────

    function test_createInvoice_byBillingOrDoctor_storesAndEmits() public {
        vm.expectEmit(address(payments));
        emit ServicePayments.InvoiceIssued(
            1, billing, patient, ETH, 0.05 ether, due, "CPT-99213", "Consultation"
        );
        uint256 id = issue(ETH, 0.05 ether);
        ServicePayments.Invoice memory invoice = payments.getInvoice(id);
        vm.assertEq(invoice.provider, billing, "provider");
        vm.assertEq(invoice.patient, patient, "patient");
        vm.assertEq(uint256(invoice.amount), 0.05 ether, "amount");
        vm.assertTrue(invoice.status == ServicePayments.Status.Open, "open");

        vm.prank(doctor);
        vm.assertEq(payments.createInvoice(patient, address(usd), 10e6, due, "", ""), 2, "doctor may issue");
        vm.assertEq(payments.invoiceCount(), 2, "count");
    }

    function test_createInvoice_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ServicePayments.NotProvider.selector, stranger));
        vm.prank(stranger);
        payments.createInvoice(patient, ETH, 1, due, "", "");

        vm.startPrank(billing);
        vm.expectRevert(abi.encodeWithSelector(ServicePayments.InvalidPatient.selector, address(0)));
        payments.createInvoice(address(0), ETH, 1, due, "", "");
        vm.expectRevert(abi.encodeWithSelector(ServicePayments.InvalidPatient.selector, billing));
        payments.createInvoice(billing, ETH, 1, due, "", "");
        vm.expectRevert(abi.encodeWithSelector(ServicePayments.CurrencyNotAllowed.selector, stranger));
        payments.createInvoice(patient, stranger, 1, due, "", "");
        vm.expectRevert(ServicePayments.ZeroAmount.selector);
        payments.createInvoice(patient, ETH, 0, due, "", "");
        vm.expectRevert(
            abi.encodeWithSelector(
                ServicePayments.DueDateInPast.selector, uint64(block.timestamp), block.timestamp
            )
        );
        payments.createInvoice(patient, ETH, 1, uint64(block.timestamp), "", "");
        bytes memory long = new bytes(141);
        vm.expectRevert(abi.encodeWithSelector(ServicePayments.DescriptionTooLong.selector, 141, 140));
        payments.createInvoice(patient, ETH, 1, due, "", string(long));
        vm.stopPrank();
    }

    // ─── paying ────────────────────────────────────────────────────────────

    function test_payWithEth_exactly_creditsTheProvider() public {
        uint256 id = issue(ETH, 0.05 ether);
        vm.expectEmit(address(payments));
        emit ServicePayments.InvoicePaid(id, patient, ETH, 0.05 ether);
        vm.prank(patient);
        payments.payWithEth{value: 0.05 ether}(id);
        ServicePayments.Invoice memory invoice = payments.getInvoice(id);
        vm.assertTrue(invoice.status == ServicePayments.Status.Paid, "paid");
        vm.assertEq(invoice.payer, patient, "payer");
        vm.assertEq(uint256(invoice.paidAt), block.timestamp, "paid at");
        vm.assertEq(payments.creditOf(billing, ETH), 0.05 ether, "credited");
        vm.assertEq(address(payments).balance, 0.05 ether, "held");
    }

    function test_payWithEth_revertsOnOverOrUnderPaymentAndWrongCurrency() public {
        uint256 id = issue(ETH, 0.05 ether);
        vm.startPrank(patient);
        vm.expectRevert(abi.encodeWithSelector(ServicePayments.WrongAmount.selector, 0.05 ether, 0.06 ether));
        payments.payWithEth{value: 0.06 ether}(id);
        vm.expectRevert(abi.encodeWithSelector(ServicePayments.WrongAmount.selector, 0.05 ether, 0.04 ether));
        payments.payWithEth{value: 0.04 ether}(id);
        vm.stopPrank();
        uint256 usdId = issue(address(usd), 5e6);
        vm.expectRevert(abi.encodeWithSelector(ServicePayments.WrongCurrency.selector, address(usd)));
        vm.prank(patient);
        payments.payWithEth{value: 5e6}(usdId);
    }

    function test_pay_revertsASecondTimeAndForUnknownOrCancelled() public {
        uint256 id = issue(ETH, 1 ether);
        vm.prank(patient);
        payments.payWithEth{value: 1 ether}(id);
        vm.expectRevert(
            abi.encodeWithSelector(ServicePayments.InvoiceNotOpen.selector, id, ServicePayments.Status.Paid)
        );
        vm.prank(relative);
        payments.payWithEth{value: 1 ether}(id);

        vm.expectRevert(abi.encodeWithSelector(ServicePayments.UnknownInvoice.selector, 99));
        vm.prank(patient);
        payments.payWithEth{value: 1 ether}(99);

        uint256 cancelled = issue(ETH, 1 ether);
        vm.prank(billing);
        payments.cancelInvoice(cancelled);
        vm.expectRevert(
            abi.encodeWithSelector(
                ServicePayments.InvoiceNotOpen.selector, cancelled, ServicePayments.Status.Cancelled
            )
        );
        vm.prank(patient);
        payments.payWithEth{value: 1 ether}(cancelled);
    }

    function test_payWithEth_bySomeoneElse_recordsThePayer() public {
        uint256 id = issue(ETH, 1 ether);
        vm.prank(relative);
        payments.payWithEth{value: 1 ether}(id);
        vm.assertEq(payments.getInvoice(id).payer, relative, "relative paid");
    }

    function test_payWithToken_movesTheTokens() public {
        uint256 id = issue(address(usd), 120e6);
        payUsd(id, 120e6);
        vm.assertEq(usd.balanceOf(address(payments)), 120e6, "held");
        vm.assertEq(usd.balanceOf(patient), 880e6, "paid");
        vm.assertEq(payments.creditOf(billing, address(usd)), 120e6, "credited");
    }

    function test_payWithToken_revertsWithoutAllowanceAndForEthInvoices() public {
        uint256 id = issue(address(usd), 120e6);
        vm.expectRevert();
        vm.prank(patient);
        payments.payWithToken(id);
        vm.assertTrue(status(id) == ServicePayments.Status.Open, "still open");

        uint256 ethId = issue(ETH, 1);
        vm.expectRevert(abi.encodeWithSelector(ServicePayments.WrongCurrency.selector, ETH));
        vm.prank(patient);
        payments.payWithToken(ethId);
    }

    function test_payWithPermit_paysInOneTransaction() public {
        uint256 id = issue(address(usd), 120e6);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = permitSignature(120e6, deadline);
        vm.prank(patient);
        payments.payWithPermit(id, deadline, v, r, s);
        vm.assertTrue(status(id) == ServicePayments.Status.Paid, "paid");
        vm.assertEq(usd.balanceOf(patient), 880e6, "debited");
        vm.assertEq(usd.allowance(patient, address(payments)), 0, "allowance used up");
    }

    function test_payWithPermit_stillPaysWhenThePermitWasFrontRun() public {
        uint256 id = issue(address(usd), 120e6);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = permitSignature(120e6, deadline);
        usd.permit(patient, address(payments), 120e6, deadline, v, r, s);
        vm.prank(patient);
        payments.payWithPermit(id, deadline, v, r, s);
        vm.assertTrue(status(id) == ServicePayments.Status.Paid, "paid");
    }

    function test_payWithPermit_revertsWithABadSignature() public {
        uint256 id = issue(address(usd), 120e6);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = permitSignature(1e6, deadline);
        vm.expectRevert();
        vm.prank(patient);
        payments.payWithPermit(id, deadline, v, r, s);
        vm.assertTrue(status(id) == ServicePayments.Status.Open, "still open");
    }

    // ─── cancel, refund, withdraw ──────────────────────────────────────────

    function test_cancelInvoice_byItsProviderOnly() public {
        uint256 id = issue(ETH, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(ServicePayments.NotInvoiceProvider.selector, doctor, id));
        vm.prank(doctor);
        payments.cancelInvoice(id);
        vm.expectEmit(address(payments));
        emit ServicePayments.InvoiceCancelled(id);
        vm.prank(billing);
        payments.cancelInvoice(id);
        vm.assertTrue(status(id) == ServicePayments.Status.Cancelled, "cancelled");
    }

    function test_cancelInvoice_revertsWhenPaid() public {
        uint256 id = issue(ETH, 1 ether);
        vm.prank(patient);
        payments.payWithEth{value: 1 ether}(id);
        vm.expectRevert(
            abi.encodeWithSelector(ServicePayments.InvoiceNotOpen.selector, id, ServicePayments.Status.Paid)
        );
        vm.prank(billing);
        payments.cancelInvoice(id);
    }

    function test_refund_partlyThenFully_creditsThePayer() public {
        uint256 id = issue(address(usd), 100e6);
        payUsd(id, 100e6);
        vm.expectEmit(address(payments));
        emit ServicePayments.InvoiceRefunded(id, patient, 30e6, 30e6);
        vm.prank(billing);
        payments.refund(id, 30e6);
        vm.assertTrue(status(id) == ServicePayments.Status.Paid, "still paid after a partial refund");
        vm.assertEq(payments.creditOf(patient, address(usd)), 30e6, "payer credited");
        vm.assertEq(payments.creditOf(billing, address(usd)), 70e6, "provider debited");

        vm.prank(billing);
        payments.refund(id, 70e6);
        vm.assertTrue(status(id) == ServicePayments.Status.Refunded, "refunded");

        vm.prank(patient);
        payments.withdraw(address(usd));
        vm.assertEq(usd.balanceOf(patient), 1000e6, "whole refund back");
    }

    function test_refund_reverts() public {
        uint256 id = issue(ETH, 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(ServicePayments.InvoiceNotPaid.selector, id, ServicePayments.Status.Open)
        );
        vm.prank(billing);
        payments.refund(id, 1);
        vm.prank(patient);
        payments.payWithEth{value: 1 ether}(id);

        vm.expectRevert(abi.encodeWithSelector(ServicePayments.NotInvoiceProvider.selector, stranger, id));
        vm.prank(stranger);
        payments.refund(id, 1);
        vm.startPrank(billing);
        vm.expectRevert(ServicePayments.ZeroAmount.selector);
        payments.refund(id, 0);
        vm.expectRevert(abi.encodeWithSelector(ServicePayments.RefundTooLarge.selector, 1 ether + 1, 1 ether));
        payments.refund(id, 1 ether + 1);
        payments.withdraw(ETH);
        vm.expectRevert(abi.encodeWithSelector(ServicePayments.InsufficientCredit.selector, 1, 0));
        payments.refund(id, 1);
        vm.stopPrank();
        vm.expectRevert(abi.encodeWithSelector(ServicePayments.UnknownInvoice.selector, 42));
        payments.refund(42, 1);
    }

    function test_withdraw_paysOutAndZeroesTheCredit() public {
        uint256 id = issue(ETH, 1 ether);
        vm.prank(patient);
        payments.payWithEth{value: 1 ether}(id);
        vm.expectEmit(address(payments));
        emit ServicePayments.Withdrawn(billing, ETH, 1 ether);
        vm.prank(billing);
        payments.withdraw(ETH);
        vm.assertEq(billing.balance, 1 ether, "received");
        vm.assertEq(payments.creditOf(billing, ETH), 0, "zeroed");
        vm.expectRevert(abi.encodeWithSelector(ServicePayments.NothingToWithdraw.selector, ETH));
        vm.prank(billing);
        payments.withdraw(ETH);
    }

    function test_withdraw_cannotBeReentered() public {
        ReentrantProvider attacker = new ReentrantProvider(payments);
        vm.startPrank(admin);
        roles.grantRole(roles.BILLING_ROLE(), address(attacker));
        vm.stopPrank();
        uint256 first = attacker.issue(patient, 1 ether);
        uint256 second = issue(ETH, 1 ether);
        vm.startPrank(patient);
        payments.payWithEth{value: 1 ether}(first);
        payments.payWithEth{value: 1 ether}(second);
        vm.stopPrank();

        attacker.withdraw();
        vm.assertEq(attacker.reentryAttempts(), 1, "tried once");
        vm.assertFalse(attacker.reentrySucceeded(), "re-entry refused");
        vm.assertEq(address(attacker).balance, 1 ether, "got only its own");
        vm.assertEq(address(payments).balance, 1 ether, "the other provider's money stays");
    }

    function test_withdraw_revertsWhenTheRecipientRefusesEth() public {
        ReentrantProvider attacker = new ReentrantProvider(payments);
        bytes32 billingRole = roles.BILLING_ROLE();
        vm.prank(admin);
        roles.grantRole(billingRole, address(attacker));
        uint256 id = attacker.issue(patient, 1 ether);
        vm.prank(patient);
        payments.payWithEth{value: 1 ether}(id);
        // A recipient whose code rejects every call cannot take ETH: the withdrawal reverts and the credit stays.
        vm.etch(address(attacker), hex"fe");
        vm.expectRevert(ServicePayments.EthTransferFailed.selector);
        vm.prank(address(attacker));
        payments.withdraw(ETH);
        vm.assertEq(payments.creditOf(address(attacker), ETH), 1 ether, "credit kept");
    }

    // ─── views and the stablecoin ──────────────────────────────────────────

    function test_getInvoices_returnsManyAndEmptyForUnknown() public {
        issue(ETH, 1);
        issue(address(usd), 2);
        uint256[] memory ids = new uint256[](3);
        (ids[0], ids[1], ids[2]) = (1, 2, 3);
        ServicePayments.Invoice[] memory invoices = payments.getInvoices(ids);
        vm.assertEq(uint256(invoices[1].amount), 2, "second");
        vm.assertTrue(invoices[2].status == ServicePayments.Status.None, "unknown is empty");
        vm.expectRevert(abi.encodeWithSelector(ServicePayments.UnknownInvoice.selector, 3));
        payments.getInvoice(3);
    }

    function test_stablecoin_mintsOnlyOnTheLocalChainAndOnlyForItsOwner() public {
        vm.assertEq(uint256(usd.decimals()), 6, "decimals");
        vm.expectRevert();
        vm.prank(stranger);
        usd.mint(stranger, 1);
        vm.chainId(11_155_111);
        vm.expectRevert(abi.encodeWithSelector(TestStablecoin.MintingOnlyOnLocalChain.selector, 11_155_111));
        vm.prank(admin);
        usd.mint(stranger, 1);
    }

    // ─── fuzz ──────────────────────────────────────────────────────────────

    function testFuzz_payWithEth_onlyTheExactAmountPays(uint128 amount, uint128 sent) public {
        amount = uint128(bound(amount, 1, 5 ether));
        sent = uint128(bound(sent, 0, 10 ether));
        uint256 id = issue(ETH, amount);
        if (sent != amount) {
            vm.expectRevert(abi.encodeWithSelector(ServicePayments.WrongAmount.selector, amount, sent));
        }
        vm.prank(patient);
        payments.payWithEth{value: sent}(id);
        vm.assertEq(address(payments).balance, sent == amount ? amount : 0, "holds exactly what was paid");
    }

    function testFuzz_refund_neverMoreThanPaid(uint128 amount, uint128 first, uint128 second) public {
        amount = uint128(bound(amount, 1, 1000e6));
        first = uint128(bound(first, 1, amount));
        uint256 id = issue(address(usd), amount);
        payUsd(id, amount);
        vm.prank(billing);
        payments.refund(id, first);
        second = uint128(bound(second, 1, type(uint128).max));
        uint128 left = amount - first;
        if (left == 0) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    ServicePayments.InvoiceNotPaid.selector, id, ServicePayments.Status.Refunded
                )
            );
        } else if (second > left) {
            vm.expectRevert(abi.encodeWithSelector(ServicePayments.RefundTooLarge.selector, second, left));
        }
        vm.prank(billing);
        payments.refund(id, second);
        vm.assertLe(uint256(payments.getInvoice(id).refunded), amount, "refunded <= amount");
        vm.assertEq(
            payments.creditOf(billing, address(usd)) + payments.creditOf(patient, address(usd)),
            usd.balanceOf(address(payments)),
            "credits = balance"
        );
    }
}
