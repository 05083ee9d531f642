// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {CareRoles} from "../src/CareRoles.sol";
import {ICareErrors} from "../src/interfaces/ICareErrors.sol";
import {IServicePayments} from "../src/interfaces/IServicePayments.sol";
import {ServicePayments} from "../src/ServicePayments.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {TestStablecoin} from "../src/TestStablecoin.sol";
import {BlocklistToken} from "./mocks/BlocklistToken.sol";
import {FeeOnTransferToken} from "./mocks/FeeOnTransferToken.sol";
import {TetherLikeToken} from "./mocks/TetherLikeToken.sol";
import {WideDecimalsToken} from "./mocks/WideDecimalsToken.sol";
import {CheatTest} from "./CheatTest.sol";

/// @dev Tries to re-enter withdraw when it receives ETH.
contract ReentrantProvider {
    ServicePayments internal immutable payments;
    uint256 public reentryAttempts;
    bool public reentrySucceeded;

    constructor(ServicePayments payments_) {
        payments = payments_;
    }

    function issue(address patient, uint96 amount) external returns (uint256) {
        return payments.createInvoice(patient, address(0), amount, uint64(block.timestamp + 1 days), "X", "");
    }

    function withdraw() external {
        payments.withdrawTo(address(0), address(this));
    }

    receive() external payable {
        reentryAttempts++;
        try payments.withdrawTo(address(0), address(this)) {
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
        usd = new TestStablecoin(admin, "CareChain Test Dollar", "tUSD", "1");
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

    function issue(address currency, uint96 amount) internal returns (uint256 id) {
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

    function status(uint256 id) internal view returns (IServicePayments.Status) {
        return payments.getInvoice(id).invoice.status;
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
        emit IServicePayments.CurrencyAllowed(address(usd), false);
        vm.prank(admin);
        payments.setCurrencyAllowed(address(usd), false);
        vm.assertFalse(payments.isCurrencyAllowed(address(usd)), "disallowed");

        vm.expectRevert(abi.encodeWithSelector(IServicePayments.CurrencyNotAllowed.selector, ETH));
        vm.prank(admin);
        payments.setCurrencyAllowed(ETH, true);
    }

    /// @dev The accepted tokens stay a list an app reads in one small call: at most 16 at once.
    function test_setCurrencyAllowed_acceptsAtMostMaxCurrencies() public {
        uint256 max = 16; // ServicePayments.MAX_CURRENCIES
        address[] memory tokens = new address[](max + 1);
        for (uint256 i; i <= max; ++i) {
            tokens[i] = address(new FeeOnTransferToken());
        }
        vm.startPrank(admin);
        for (uint256 i = 1; i < max; ++i) {
            payments.setCurrencyAllowed(tokens[i], true);
        }
        vm.assertEq(payments.allowedTokens().length, max, "full");
        payments.setCurrencyAllowed(address(usd), true);
        vm.expectRevert(abi.encodeWithSelector(IServicePayments.TooManyCurrencies.selector, max));
        payments.setCurrencyAllowed(tokens[max], true);
        vm.assertFalse(payments.isCurrencyAllowed(tokens[max]), "not added");
        payments.setCurrencyAllowed(address(usd), false);
        payments.setCurrencyAllowed(tokens[max], true);
        vm.stopPrank();
        vm.assertEq(payments.allowedTokens().length, max, "one replaced another");
        vm.assertTrue(payments.isCurrencyAllowed(tokens[max]), "the new one");
    }

    // ─── createInvoice ─────────────────────────────────────────────────────

    function test_createInvoice_byBillingOrDoctor_storesAndEmits() public {
        vm.expectEmit(address(payments));
        emit IServicePayments.InvoiceIssued(
            1, billing, patient, ETH, 0.05 ether, due, "CPT-99213", "Consultation"
        );
        uint256 id = issue(ETH, 0.05 ether);
        IServicePayments.Invoice memory invoice = payments.getInvoice(id).invoice;
        vm.assertEq(invoice.provider, billing, "provider");
        vm.assertEq(invoice.patient, patient, "patient");
        vm.assertEq(uint256(invoice.amount), 0.05 ether, "amount");
        vm.assertTrue(invoice.status == IServicePayments.Status.Open, "open");

        vm.prank(doctor);
        vm.assertEq(payments.createInvoice(patient, address(usd), 10e6, due, "", ""), 2, "doctor may issue");
        vm.assertEq(payments.invoiceCount(), 2, "count");
    }

    function test_createInvoice_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, roles.BILLING_ROLE()
            )
        );
        vm.prank(stranger);
        payments.createInvoice(patient, ETH, 1, due, "", "");

        vm.startPrank(billing);
        vm.expectRevert(abi.encodeWithSelector(IServicePayments.InvalidPatient.selector, address(0)));
        payments.createInvoice(address(0), ETH, 1, due, "", "");
        vm.expectRevert(abi.encodeWithSelector(IServicePayments.InvalidPatient.selector, billing));
        payments.createInvoice(billing, ETH, 1, due, "", "");
        vm.expectRevert(abi.encodeWithSelector(IServicePayments.CurrencyNotAllowed.selector, stranger));
        payments.createInvoice(patient, stranger, 1, due, "", "");
        vm.expectRevert(ICareErrors.ZeroAmount.selector);
        payments.createInvoice(patient, ETH, 0, due, "", "");
        vm.expectRevert(
            abi.encodeWithSelector(
                IServicePayments.DueDateInPast.selector, uint64(block.timestamp), block.timestamp
            )
        );
        payments.createInvoice(patient, ETH, 1, uint64(block.timestamp), "", "");
        bytes memory long = new bytes(141);
        vm.expectRevert(abi.encodeWithSelector(ICareErrors.InvalidText.selector, 141, 140));
        payments.createInvoice(patient, ETH, 1, due, "", string(long));
        vm.stopPrank();
    }

    // ─── paying ────────────────────────────────────────────────────────────

    function test_payWithEth_exactly_creditsTheProvider() public {
        uint256 id = issue(ETH, 0.05 ether);
        vm.expectEmit(address(payments));
        emit IServicePayments.InvoicePaid(id, patient, ETH, 0.05 ether);
        vm.prank(patient);
        payments.payWithEth{value: 0.05 ether}(id);
        IServicePayments.Invoice memory invoice = payments.getInvoice(id).invoice;
        vm.assertTrue(invoice.status == IServicePayments.Status.Paid, "paid");
        vm.assertEq(payments.getInvoice(id).settlement.payer, patient, "payer");
        vm.assertEq(uint256(invoice.paidAtBlock), block.number, "paid in block");
        vm.assertEq(payments.creditOf(billing, ETH), 0.05 ether, "credited");
        vm.assertEq(address(payments).balance, 0.05 ether, "held");
    }

    function test_payWithEth_revertsOnOverOrUnderPaymentAndWrongCurrency() public {
        uint256 id = issue(ETH, 0.05 ether);
        vm.startPrank(patient);
        vm.expectRevert(abi.encodeWithSelector(IServicePayments.WrongAmount.selector, 0.05 ether, 0.06 ether));
        payments.payWithEth{value: 0.06 ether}(id);
        vm.expectRevert(abi.encodeWithSelector(IServicePayments.WrongAmount.selector, 0.05 ether, 0.04 ether));
        payments.payWithEth{value: 0.04 ether}(id);
        vm.stopPrank();
        uint256 usdId = issue(address(usd), 5e6);
        vm.expectRevert(abi.encodeWithSelector(IServicePayments.WrongCurrency.selector, usdId, address(usd)));
        vm.prank(patient);
        payments.payWithEth{value: 5e6}(usdId);
    }

    function test_pay_revertsASecondTimeAndForUnknownOrCancelled() public {
        uint256 id = issue(ETH, 1 ether);
        vm.prank(patient);
        payments.payWithEth{value: 1 ether}(id);
        vm.expectRevert(
            abi.encodeWithSelector(IServicePayments.InvoiceNotOpen.selector, id, IServicePayments.Status.Paid)
        );
        vm.prank(relative);
        payments.payWithEth{value: 1 ether}(id);

        vm.expectRevert(abi.encodeWithSelector(IServicePayments.UnknownInvoice.selector, 99));
        vm.prank(patient);
        payments.payWithEth{value: 1 ether}(99);

        uint256 cancelled = issue(ETH, 1 ether);
        vm.prank(billing);
        payments.cancelInvoice(cancelled);
        vm.expectRevert(
            abi.encodeWithSelector(
                IServicePayments.InvoiceNotOpen.selector, cancelled, IServicePayments.Status.Cancelled
            )
        );
        vm.prank(patient);
        payments.payWithEth{value: 1 ether}(cancelled);
    }

    function test_payWithEth_bySomeoneElse_recordsThePayer() public {
        uint256 id = issue(ETH, 1 ether);
        vm.prank(relative);
        payments.payWithEth{value: 1 ether}(id);
        vm.assertEq(payments.getInvoice(id).settlement.payer, relative, "relative paid");
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
        vm.assertTrue(status(id) == IServicePayments.Status.Open, "still open");

        uint256 ethId = issue(ETH, 1);
        vm.expectRevert(abi.encodeWithSelector(IServicePayments.WrongCurrency.selector, ethId, ETH));
        vm.prank(patient);
        payments.payWithToken(ethId);
    }

    function test_payWithPermit_paysInOneTransaction() public {
        uint256 id = issue(address(usd), 120e6);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = permitSignature(120e6, deadline);
        vm.prank(patient);
        payments.payWithPermit(id, deadline, v, r, s);
        vm.assertTrue(status(id) == IServicePayments.Status.Paid, "paid");
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
        vm.assertTrue(status(id) == IServicePayments.Status.Paid, "paid");
    }

    function test_payWithPermit_revertsWithABadSignature() public {
        uint256 id = issue(address(usd), 120e6);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = permitSignature(1e6, deadline);
        vm.expectRevert();
        vm.prank(patient);
        payments.payWithPermit(id, deadline, v, r, s);
        vm.assertTrue(status(id) == IServicePayments.Status.Open, "still open");
    }

    // ─── cancel, refund, withdraw ──────────────────────────────────────────

    function test_cancelInvoice_byItsProviderOnly() public {
        uint256 id = issue(ETH, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IServicePayments.NotInvoiceProvider.selector, doctor, id));
        vm.prank(doctor);
        payments.cancelInvoice(id);
        vm.expectEmit(address(payments));
        emit IServicePayments.InvoiceCancelled(id, billing);
        vm.prank(billing);
        payments.cancelInvoice(id);
        vm.assertTrue(status(id) == IServicePayments.Status.Cancelled, "cancelled");
    }

    function test_cancelInvoice_revertsWhenPaid() public {
        uint256 id = issue(ETH, 1 ether);
        vm.prank(patient);
        payments.payWithEth{value: 1 ether}(id);
        vm.expectRevert(
            abi.encodeWithSelector(IServicePayments.InvoiceNotOpen.selector, id, IServicePayments.Status.Paid)
        );
        vm.prank(billing);
        payments.cancelInvoice(id);
    }

    function test_refund_partlyThenFully_creditsThePayer() public {
        uint256 id = issue(address(usd), 100e6);
        payUsd(id, 100e6);
        vm.expectEmit(address(payments));
        emit IServicePayments.InvoiceRefunded(id, patient, 30e6, 30e6);
        vm.prank(billing);
        payments.refund(id, 30e6, 0);
        vm.assertTrue(status(id) == IServicePayments.Status.Paid, "still paid after a partial refund");
        vm.assertEq(payments.creditOf(patient, address(usd)), 30e6, "payer credited");
        vm.assertEq(payments.creditOf(billing, address(usd)), 70e6, "provider debited");

        vm.prank(billing);
        payments.refund(id, 70e6, 0);
        vm.assertTrue(status(id) == IServicePayments.Status.Refunded, "refunded");

        vm.prank(patient);
        payments.withdrawTo(address(usd), patient);
        vm.assertEq(usd.balanceOf(patient), 1000e6, "whole refund back");
    }

    function test_refund_reverts() public {
        uint256 id = issue(ETH, 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IServicePayments.InvoiceNotPaid.selector, id, IServicePayments.Status.Open)
        );
        vm.prank(billing);
        payments.refund(id, 1, 0);
        vm.prank(patient);
        payments.payWithEth{value: 1 ether}(id);

        vm.expectRevert(abi.encodeWithSelector(IServicePayments.NotInvoiceProvider.selector, stranger, id));
        vm.prank(stranger);
        payments.refund(id, 1, 0);
        vm.startPrank(billing);
        vm.expectRevert(ICareErrors.ZeroAmount.selector);
        payments.refund(id, 0, 0);
        vm.expectRevert(
            abi.encodeWithSelector(IServicePayments.RefundTooLarge.selector, 1 ether + 1, 1 ether)
        );
        payments.refund(id, 1 ether + 1, 0);
        payments.withdrawTo(ETH, billing);
        vm.expectRevert(abi.encodeWithSelector(IServicePayments.InsufficientCredit.selector, 1, 0));
        payments.refund(id, 1, 0);
        vm.stopPrank();
        vm.expectRevert(abi.encodeWithSelector(IServicePayments.UnknownInvoice.selector, 42));
        payments.refund(42, 1, 0);
    }

    function test_withdraw_paysOutAndZeroesTheCredit() public {
        uint256 id = issue(ETH, 1 ether);
        vm.prank(patient);
        payments.payWithEth{value: 1 ether}(id);
        vm.expectEmit(address(payments));
        emit IServicePayments.Withdrawn(billing, ETH, 1 ether, billing);
        vm.prank(billing);
        payments.withdrawTo(ETH, billing);
        vm.assertEq(billing.balance, 1 ether, "received");
        vm.assertEq(payments.creditOf(billing, ETH), 0, "zeroed");
        vm.expectRevert(abi.encodeWithSelector(IServicePayments.NothingToWithdraw.selector, ETH));
        vm.prank(billing);
        payments.withdrawTo(ETH, billing);
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

    // ─── third review, findings 7, 10 and 11 ───────────────────────────────

    /// @dev A token whose transfers return nothing (USDT) is paid in like any other: SafeERC20 takes it.
    function test_payWithToken_acceptsATokenWhoseCallsReturnNothing() public {
        TetherLikeToken tether = new TetherLikeToken();
        vm.prank(admin);
        payments.setCurrencyAllowed(address(tether), true);
        tether.mint(patient, 100e6);
        uint256 id = issue(address(tether), 40e6);
        vm.startPrank(patient);
        tether.approve(address(payments), 40e6);
        payments.payWithToken(id);
        vm.stopPrank();
        vm.assertTrue(status(id) == IServicePayments.Status.Paid, "paid");
        vm.prank(billing);
        payments.withdrawTo(address(tether), billing);
        vm.assertEq(tether.balanceOf(billing), 40e6, "withdrawn");
    }

    function test_setCurrencyAllowed_refusesMoreThan18DecimalsAndWhatIsNoToken() public {
        WideDecimalsToken wide = new WideDecimalsToken();
        vm.expectRevert(
            abi.encodeWithSelector(IServicePayments.TooManyDecimals.selector, address(wide), 24, 18)
        );
        vm.prank(admin);
        payments.setCurrencyAllowed(address(wide), true);
        vm.expectRevert(abi.encodeWithSelector(IServicePayments.NotAToken.selector, address(0xdead)));
        vm.prank(admin);
        payments.setCurrencyAllowed(address(0xdead), true);
        vm.expectRevert(abi.encodeWithSelector(IServicePayments.NotAToken.selector, address(roles)));
        vm.prank(admin);
        payments.setCurrencyAllowed(address(roles), true);
        vm.prank(admin);
        payments.setCurrencyAllowed(address(wide), false);
    }

    /// @dev A provider whose address the token blocklists is paid out to another of its addresses, and only ever
    /// its own credit leaves.
    function test_withdraw_toAnotherAddress_whenTheTokenBlocklistsTheProvider() public {
        BlocklistToken blk = new BlocklistToken();
        vm.prank(admin);
        payments.setCurrencyAllowed(address(blk), true);
        blk.mint(patient, 100e6);
        uint256 id = issue(address(blk), 30e6);
        vm.startPrank(patient);
        blk.approve(address(payments), 30e6);
        payments.payWithToken(id);
        vm.stopPrank();
        blk.blacklist(billing);
        vm.expectRevert(bytes("Blacklistable: account is blacklisted"));
        vm.prank(billing);
        payments.withdrawTo(address(blk), billing);
        address treasury = makeAddr("treasury");
        vm.expectEmit(address(payments));
        emit IServicePayments.Withdrawn(billing, address(blk), 30e6, treasury);
        vm.prank(billing);
        payments.withdrawTo(address(blk), treasury);
        vm.assertEq(blk.balanceOf(treasury), 30e6, "paid out elsewhere");
        vm.assertEq(payments.creditOf(billing, address(blk)), 0, "credit used");
        vm.expectRevert(abi.encodeWithSelector(IServicePayments.NothingToWithdraw.selector, address(blk)));
        vm.prank(patient);
        payments.withdrawTo(address(blk), treasury);
        vm.expectRevert(ICareErrors.ZeroAddress.selector);
        vm.prank(billing);
        payments.withdrawTo(ETH, address(0));
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
        vm.expectRevert(IServicePayments.EthTransferFailed.selector);
        vm.prank(address(attacker));
        payments.withdrawTo(ETH, address(attacker));
        vm.assertEq(payments.creditOf(address(attacker), ETH), 1 ether, "credit kept");
    }

    // ─── views and the stablecoin ──────────────────────────────────────────

    function test_invoicesOfPatient_andOfProvider_pageNewestFirst() public {
        issue(ETH, 1);
        vm.prank(doctor);
        payments.createInvoice(patient, ETH, 2, due, "", "");
        issue(address(usd), 3);
        (IServicePayments.InvoiceView[] memory page, uint256 next) = payments.invoicesOfPatient(patient, 0, 2);
        vm.assertEq(page.length, 2, "a page");
        vm.assertEq(page[0].id, 3, "newest first");
        vm.assertEq(uint256(page[1].invoice.amount), 2, "then older");
        vm.assertTrue(page[0].providerActive, "payable");
        vm.assertEq(next, 1, "cursor");
        (page, next) = payments.invoicesOfPatient(patient, next, 2);
        vm.assertEq(page.length, 1, "last page");
        vm.assertEq(next, 0, "end");
        (page,) = payments.invoicesOfProvider(billing, 0, 10);
        vm.assertEq(page.length, 2, "the billing office's");
        vm.assertEq(page[1].id, 1, "oldest last");
        (page,) = payments.invoicesOfProvider(doctor, 0, 10);
        vm.assertEq(page.length, 1, "the doctor's");
        vm.assertEq(uint256(payments.getInvoice(1).invoice.issuedAtBlock), block.number, "issued at");
        vm.expectRevert(abi.encodeWithSelector(IServicePayments.UnknownInvoice.selector, 4));
        payments.getInvoice(4);
        vm.expectRevert(abi.encodeWithSelector(ICareErrors.PageTooLarge.selector, 101, 100));
        payments.invoicesOfPatient(patient, 0, 101);
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

    function testFuzz_payWithEth_onlyTheExactAmountPays(uint96 amount, uint96 sent) public {
        amount = uint96(bound(amount, 1, 5 ether));
        sent = uint96(bound(sent, 0, 10 ether));
        uint256 id = issue(ETH, amount);
        if (sent != amount) {
            vm.expectRevert(abi.encodeWithSelector(IServicePayments.WrongAmount.selector, amount, sent));
        }
        vm.prank(patient);
        payments.payWithEth{value: sent}(id);
        vm.assertEq(address(payments).balance, sent == amount ? amount : 0, "holds exactly what was paid");
    }

    function testFuzz_refund_neverMoreThanPaid(uint96 amount, uint96 first, uint96 second) public {
        amount = uint96(bound(amount, 1, 1000e6));
        first = uint96(bound(first, 1, amount));
        uint256 id = issue(address(usd), amount);
        payUsd(id, amount);
        vm.prank(billing);
        payments.refund(id, first, 0);
        second = uint96(bound(second, 1, type(uint96).max));
        uint96 left = amount - first;
        if (left == 0) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IServicePayments.InvoiceNotPaid.selector, id, IServicePayments.Status.Refunded
                )
            );
        } else if (second > left) {
            vm.expectRevert(abi.encodeWithSelector(IServicePayments.RefundTooLarge.selector, second, left));
        }
        vm.prank(billing);
        payments.refund(id, second, 0);
        vm.assertLe(uint256(payments.getInvoice(id).settlement.refunded), amount, "refunded <= amount");
        vm.assertEq(
            payments.creditOf(billing, address(usd)) + payments.creditOf(patient, address(usd)),
            usd.balanceOf(address(payments)),
            "credits = balance"
        );
    }

    // ─── review findings ───────────────────────────────────────────────────

    function revokeBilling() internal {
        bytes32 billingRole = roles.BILLING_ROLE();
        vm.prank(admin);
        roles.revokeRole(billingRole, billing);
    }

    /// @dev Finding 4: a revoked provider's old invoices stayed payable.
    function test_pay_refusesAnInvoiceOfAFormerProvider() public {
        uint256 id = issue(ETH, 1 ether);
        uint256 usdId = issue(address(usd), 5e6);
        revokeBilling();
        vm.assertFalse(payments.getInvoice(id).providerActive, "shown as not payable");
        vm.expectRevert(abi.encodeWithSelector(IServicePayments.ProviderNotActive.selector, id, billing));
        vm.prank(patient);
        payments.payWithEth{value: 1 ether}(id);
        vm.prank(patient);
        usd.approve(address(payments), 5e6);
        vm.expectRevert(abi.encodeWithSelector(IServicePayments.ProviderNotActive.selector, usdId, billing));
        vm.prank(patient);
        payments.payWithToken(usdId);
    }

    /// @dev Finding 4: no one but the provider could cancel; an administrator may cancel a former provider's invoice.
    function test_cancelInvoice_byAnAdminOnlyOnceTheProviderIsGone() public {
        uint256 id = issue(ETH, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IServicePayments.NotInvoiceProvider.selector, admin, id));
        vm.prank(admin);
        payments.cancelInvoice(id);
        revokeBilling();
        vm.expectEmit(address(payments));
        emit IServicePayments.InvoiceCancelled(id, admin);
        vm.prank(admin);
        payments.cancelInvoice(id);
        vm.assertTrue(status(id) == IServicePayments.Status.Cancelled, "cancelled");
    }

    /// @dev Finding 4: an emergency pause stops payments and refunds; withdrawals and cancellations stay open.
    function test_pause_stopsTheMoneyPathsButNotWithdrawals() public {
        uint256 paid = issue(ETH, 1 ether);
        vm.prank(patient);
        payments.payWithEth{value: 1 ether}(paid);
        uint256 open = issue(ETH, 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, billing, roles.ADMIN_ROLE()
            )
        );
        vm.prank(billing);
        payments.pause();
        vm.prank(admin);
        payments.pause();
        bytes4 paused = Pausable.EnforcedPause.selector;
        vm.expectRevert(paused);
        vm.prank(patient);
        payments.payWithEth{value: 1 ether}(open);
        vm.expectRevert(paused);
        vm.prank(billing);
        payments.refund(paid, 1, 0);
        vm.prank(billing);
        payments.cancelInvoice(open);
        vm.prank(billing);
        payments.withdrawTo(ETH, billing);
        vm.assertEq(billing.balance, 1 ether, "withdrawn while paused");
        vm.prank(admin);
        payments.unpause();
        issue(ETH, 1);
    }

    /// @dev Finding 9: after a withdrawal the payer could not be refunded; the provider tops up in the same call.
    function test_refund_afterAWithdrawal_fundedByTheProvider() public {
        uint256 id = issue(ETH, 1 ether);
        vm.prank(patient);
        payments.payWithEth{value: 1 ether}(id);
        vm.prank(billing);
        payments.withdrawTo(ETH, billing);
        vm.deal(billing, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IServicePayments.WrongAmount.selector, 0.4 ether, 0.3 ether));
        vm.prank(billing);
        payments.refund{value: 0.3 ether}(id, 0.4 ether, 0.4 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IServicePayments.InsufficientCredit.selector, 0.4 ether, 0.3 ether)
        );
        vm.prank(billing);
        payments.refund{value: 0.3 ether}(id, 0.4 ether, 0.3 ether);
        vm.expectEmit(address(payments));
        emit IServicePayments.CreditDeposited(billing, ETH, 0.4 ether);
        vm.prank(billing);
        payments.refund{value: 0.4 ether}(id, 0.4 ether, 0.4 ether);
        vm.assertEq(payments.creditOf(patient, ETH), 0.4 ether, "payer credited");
        vm.assertEq(address(payments).balance, 0.4 ether, "held exactly what is owed");
    }

    function test_refund_topUpInATokenComesFromTheProvidersAllowance() public {
        uint256 id = issue(address(usd), 100e6);
        payUsd(id, 100e6);
        vm.prank(billing);
        payments.withdrawTo(address(usd), billing);
        vm.deal(billing, 1);
        vm.startPrank(billing);
        usd.approve(address(payments), 25e6);
        vm.expectRevert(abi.encodeWithSelector(IServicePayments.WrongAmount.selector, 0, 1));
        payments.refund{value: 1}(id, 25e6, 25e6);
        payments.refund(id, 25e6, 25e6);
        vm.stopPrank();
        vm.assertEq(payments.creditOf(patient, address(usd)), 25e6, "payer credited");
        vm.assertEq(usd.balanceOf(address(payments)), 25e6, "held exactly what is owed");
    }

    /// @dev Finding 10: a fee-on-transfer token left the contract owing more than it held.
    function test_payWithToken_refusesATokenThatDeliversLess() public {
        FeeOnTransferToken fee = new FeeOnTransferToken();
        vm.prank(admin);
        payments.setCurrencyAllowed(address(fee), true);
        fee.mint(patient, 100e6);
        vm.prank(billing);
        uint256 id = payments.createInvoice(patient, address(fee), 100e6, due, "", "");
        vm.prank(patient);
        fee.approve(address(payments), 100e6);
        vm.expectRevert(abi.encodeWithSelector(IServicePayments.AmountNotReceived.selector, 100e6, 99e6));
        vm.prank(patient);
        payments.payWithToken(id);
        vm.assertTrue(status(id) == IServicePayments.Status.Open, "still open");
    }

    /// @dev Finding 14: payWithPermit on an ETH or unknown invoice reverted with empty data.
    function test_payWithPermit_namesTheErrorForEthAndUnknownInvoices() public {
        uint256 ethId = issue(ETH, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IServicePayments.WrongCurrency.selector, ethId, ETH));
        vm.prank(patient);
        payments.payWithPermit(ethId, block.timestamp, 27, bytes32(0), bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(IServicePayments.UnknownInvoice.selector, 99));
        vm.prank(patient);
        payments.payWithPermit(99, block.timestamp, 27, bytes32(0), bytes32(0));
    }

    /// @dev Finding 3: Circle's USDC signs permits under domain version "2"; such a token pays in one transaction.
    function test_payWithPermit_withAUsdcLikeTokenOfVersionTwo() public {
        TestStablecoin usdc = new TestStablecoin(admin, "USD Coin (test)", "tUSDC", "2");
        vm.startPrank(admin);
        payments.setCurrencyAllowed(address(usdc), true);
        usdc.mint(patient, 50e6);
        vm.stopPrank();
        vm.prank(billing);
        uint256 id = payments.createInvoice(patient, address(usdc), 50e6, due, "", "");
        uint256 deadline = block.timestamp + 1 hours;
        bytes32 domain = keccak256(
            abi.encode(
                keccak256(
                    "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
                ),
                keccak256("USD Coin (test)"),
                keccak256("2"),
                block.chainid,
                address(usdc)
            )
        );
        vm.assertEq(usdc.DOMAIN_SEPARATOR(), domain, "version 2 domain");
        vm.assertEq(usdc.version(), "2", "version() like USDC");
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256(
                    "Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"
                ),
                patient,
                address(payments),
                50e6,
                0,
                deadline
            )
        );
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(patientKey, keccak256(abi.encodePacked("\x19\x01", domain, structHash)));
        vm.prank(patient);
        payments.payWithPermit(id, deadline, v, r, s);
        vm.assertTrue(status(id) == IServicePayments.Status.Paid, "paid");
    }
}

