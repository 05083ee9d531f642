// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";
import {CareRoles} from "./CareRoles.sol";
import {IServicePayments} from "./interfaces/IServicePayments.sol";
import {RoleGated} from "./RoleGated.sol";

/// @title ServicePayments
/// @notice Invoices that providers (billing offices and doctors) issue to patients, paid once and exactly, in ETH
/// or an allow-listed ERC-20 (in one signature with EIP-2612 permit, or approve then pay). Money out is pulled:
/// payments are credited to the provider, refunds to whoever paid, and each withdraws. The contract always holds
/// exactly what it owes.
/// @dev Anyone may pay an invoice (a relative, an insurer): the payer is recorded and receives any refund. Due dates
/// are shown, not enforced: a late payment is still a payment. An invoice whose provider no longer holds BILLING or
/// DOCTOR cannot be paid; an administrator may cancel it. Administrators can pause payments and
/// refunds in an emergency; withdrawals and cancellations stay open. Descriptions travel in the InvoiceIssued event
/// only and must never carry a diagnosis. A token that delivers less than was sent is refused.
contract ServicePayments is RoleGated, ReentrancyGuardTransient, Pausable, IServicePayments {
    using SafeERC20 for IERC20;
    using EnumerableSet for EnumerableSet.AddressSet;

    /// @notice The currency id of ether.
    address public constant ETH = address(0);
    /// @notice Longest invoice description, in bytes.
    uint256 public constant MAX_DESCRIPTION_BYTES = 140;
    /// @notice The most items a list view returns in one call.
    uint256 public constant MAX_PAGE = 100;
    /// @dev Amounts are uint96: at 18 decimals that is 79 billion tokens per invoice; at 24, only 79,228.
    uint8 internal constant MAX_TOKEN_DECIMALS = 18;
    /// @dev The most ERC-20s accepted at once, so that apps read them all in one small call. Not public: a getter
    /// would be one more selector in every call's dispatch, and TooManyCurrencies reports it.
    uint256 internal constant MAX_CURRENCIES = 16;

    /// @notice How many invoices were ever issued; ids run from 1 to this.
    uint256 public invoiceCount;
    mapping(uint256 invoiceId => Invoice) private _invoices;
    mapping(uint256 invoiceId => Settlement) private _settlements;
    /// @dev The newest invoice of each patient and of each provider: the heads of lists linked through the invoices.
    mapping(address patient => uint256 invoiceId) private _latestOfPatient;
    mapping(address provider => uint256 invoiceId) private _latestOfProvider;
    /// @notice What the contract owes each account, per currency: providers' takings and payers' refunds.
    mapping(address account => mapping(address currency => uint256 amount)) public creditOf;
    EnumerableSet.AddressSet private _tokens;

    /// @param roles_ The shared roles authority.
    /// @param tokens ERC-20s accepted from the start (the local test stablecoins, or a testnet's USDC).
    constructor(CareRoles roles_, address[] memory tokens) RoleGated(roles_) {
        for (uint256 i; i < tokens.length; ++i) {
            _setCurrencyAllowed(tokens[i], true);
        }
    }

    // ─── Administration ──────────────────────────────────────────────────────────────────────────────

    /// @notice Allows or disallows an ERC-20 for new invoices (existing ones keep theirs), at most MAX_CURRENCIES
    /// at once. Administrators only.
    /// @param token A plain ERC-20 of at most 18 decimals: no fee on transfer, no rebasing (a token that delivers
    /// less is refused at every payment).
    /// @param allowed Whether new invoices may use it.
    function setCurrencyAllowed(address token, bool allowed) external onlyRole(ADMIN_ROLE) {
        _setCurrencyAllowed(token, allowed);
    }

    /// @notice Stops payments and refunds, in an emergency. Administrators only.
    function pause() external onlyRole(ADMIN_ROLE) {
        _pause();
    }

    /// @notice Lets payments and refunds through again. Administrators only.
    function unpause() external onlyRole(ADMIN_ROLE) {
        _unpause();
    }

    // ─── Invoices ────────────────────────────────────────────────────────────────────────────────────

    /// @notice Issues an invoice to a patient. Billing offices and doctors.
    /// @param patient Whom it is addressed to; not the caller.
    /// @param currency ETH (address 0) or an allow-listed ERC-20.
    /// @param amount In the currency's smallest unit; not zero.
    /// @param dueDate Unix time, in the future; shown to the patient, not enforced.
    /// @param serviceCode A billing code (e.g. "CPT-99213"), never a diagnosis.
    /// @param description At most 140 bytes, never a diagnosis; kept in the event only.
    /// @return invoiceId The new invoice's id, from 1.
    function createInvoice(
        address patient,
        address currency,
        uint96 amount,
        uint64 dueDate,
        bytes32 serviceCode,
        string calldata description
    ) external returns (uint256 invoiceId) {
        if (!_isProvider(msg.sender)) {
            revert IAccessControl.AccessControlUnauthorizedAccount(msg.sender, BILLING_ROLE);
        }
        if (patient == address(0) || patient == msg.sender) revert InvalidPatient(patient);
        if (currency != ETH && !_tokens.contains(currency)) revert CurrencyNotAllowed(currency);
        if (amount == 0) revert ZeroAmount();
        // A validator can shift time by seconds; due dates are meant in days.
        // forge-lint: disable-next-line(block-timestamp)
        if (dueDate <= block.timestamp) revert DueDateInPast(dueDate, block.timestamp);
        _checkText(description, MAX_DESCRIPTION_BYTES, true);
        unchecked {
            invoiceId = ++invoiceCount;
        }
        _storeNewInvoice(
            _invoices[invoiceId],
            patient,
            currency,
            amount,
            _latestOfPatient[patient],
            _latestOfProvider[msg.sender]
        );
        _latestOfPatient[patient] = invoiceId;
        _latestOfProvider[msg.sender] = invoiceId;
        emit InvoiceIssued(
            invoiceId, msg.sender, patient, currency, amount, dueDate, serviceCode, description
        );
    }

    /// @notice Pays an ETH invoice: msg.value must equal the amount exactly.
    /// @param invoiceId An open ETH invoice of an active provider.
    function payWithEth(uint256 invoiceId) external payable nonReentrant whenNotPaused {
        Invoice storage invoice = _payableInvoice(invoiceId, true);
        if (msg.value != invoice.amount) revert WrongAmount(invoice.amount, msg.value);
        _markPaid(invoiceId, invoice);
    }

    /// @notice Pays an ERC-20 invoice from the caller's allowance (approve first): for tokens without permit.
    /// @param invoiceId An open ERC-20 invoice of an active provider.
    function payWithToken(uint256 invoiceId) external nonReentrant whenNotPaused {
        _payWithToken(invoiceId, _payableInvoice(invoiceId, false));
    }

    /// @notice Pays an ERC-20 invoice in one transaction, with an EIP-2612 permit signed by the caller for exactly
    /// the amount. A permit already used (front-run) is ignored when the allowance is there anyway.
    /// @param invoiceId An open ERC-20 invoice of an active provider.
    /// @param deadline The permit's deadline.
    /// @param v The permit signature's v.
    /// @param r The permit signature's r.
    /// @param s The permit signature's s.
    function payWithPermit(uint256 invoiceId, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external
        nonReentrant
        whenNotPaused
    {
        Invoice storage invoice = _payableInvoice(invoiceId, false);
        // A failed permit is not an error here: _payWithToken then checks the allowance itself.
        // solhint-disable no-empty-blocks
        try IERC20Permit(invoice.currency)
            .permit(msg.sender, address(this), invoice.amount, deadline, v, r, s) {}
            catch {}
        // solhint-enable no-empty-blocks
        _payWithToken(invoiceId, invoice);
    }

    /// @notice Cancels an unpaid invoice: its provider, or an administrator when the provider no longer holds
    /// BILLING or DOCTOR (a former provider's invoices must not stay payable).
    /// @param invoiceId An open invoice.
    function cancelInvoice(uint256 invoiceId) external {
        Invoice storage invoice = _openInvoice(invoiceId);
        if (msg.sender != invoice.provider) {
            if (!_hasRole(ADMIN_ROLE, msg.sender) || _isProvider(invoice.provider)) {
                revert NotInvoiceProvider(msg.sender, invoiceId);
            }
        }
        invoice.status = Status.Cancelled;
        emit InvoiceCancelled(invoiceId, msg.sender);
    }

    /// @notice Refunds part or all of a paid invoice to whoever paid it, from the provider's credit, which the
    /// provider may top up in the same call (after a withdrawal the credit alone may not cover it). Its provider
    /// only. The payer then withdraws it.
    /// @param invoiceId A paid invoice of the caller.
    /// @param amount The refund; at most what was paid and not yet refunded.
    /// @param topUp Added to the caller's credit first: sent as ETH for an ETH invoice, or pulled from the caller's
    /// allowance for a token invoice.
    function refund(uint256 invoiceId, uint96 amount, uint96 topUp)
        external
        payable
        nonReentrant
        whenNotPaused
    {
        Invoice storage invoice = _invoice(invoiceId);
        if (msg.sender != invoice.provider) revert NotInvoiceProvider(msg.sender, invoiceId);
        if (invoice.status != Status.Paid) revert InvoiceNotPaid(invoiceId, invoice.status);
        if (amount == 0) revert ZeroAmount();
        Settlement storage settlement = _settlements[invoiceId];
        uint96 refundable = invoice.amount - settlement.refunded;
        if (amount > refundable) revert RefundTooLarge(amount, refundable);
        address currency = invoice.currency;
        uint256 credit = creditOf[msg.sender][currency] + _receive(currency, topUp);
        if (amount > credit) revert InsufficientCredit(amount, credit);

        creditOf[msg.sender][currency] = credit - amount;
        creditOf[settlement.payer][currency] += amount;
        uint96 refunded = settlement.refunded + amount;
        settlement.refunded = refunded;
        if (refunded == invoice.amount) invoice.status = Status.Refunded;
        emit InvoiceRefunded(invoiceId, settlement.payer, amount, refunded);
    }

    /// @notice Withdraws everything the contract owes the caller in one currency, to an address of the caller's
    /// choosing (only ever the caller's own credit): a provider whose address a token blocklists can still be
    /// paid out elsewhere. Open even while paused.
    /// @param currency ETH (address 0) or a token.
    /// @param to Who receives it; usually the caller; not the zero address.
    function withdrawTo(address currency, address to) external nonReentrant {
        if (to == address(0)) revert ZeroAddress();
        uint256 amount = creditOf[msg.sender][currency];
        if (amount == 0) revert NothingToWithdraw(currency);
        creditOf[msg.sender][currency] = 0;
        emit Withdrawn(msg.sender, currency, amount, to);
        if (currency == ETH) {
            (bool sent,) = to.call{value: amount}("");
            if (!sent) revert EthTransferFailed();
        } else {
            IERC20(currency).safeTransfer(to, amount);
        }
    }

    // ─── Views ───────────────────────────────────────────────────────────────────────────────────────

    /// @notice One invoice, with whether its provider can still be paid.
    /// @param invoiceId The invoice.
    function getInvoice(uint256 invoiceId) external view returns (InvoiceView memory) {
        return _viewOf(invoiceId, _invoice(invoiceId));
    }

    /// @notice A patient's invoices, newest first.
    /// @param patient The patient.
    /// @param cursor 0 for the newest; otherwise the `next` of the previous page.
    /// @param limit At most MAX_PAGE.
    /// @return page The invoices.
    /// @return next The cursor of the following page, 0 when there is none.
    function invoicesOfPatient(address patient, uint256 cursor, uint256 limit)
        external
        view
        returns (InvoiceView[] memory page, uint256 next)
    {
        return _walk(cursor == 0 ? _latestOfPatient[patient] : cursor, limit, true);
    }

    /// @notice The invoices a provider issued, newest first.
    /// @param provider The billing office or doctor.
    /// @param cursor 0 for the newest; otherwise the `next` of the previous page.
    /// @param limit At most MAX_PAGE.
    /// @return page The invoices.
    /// @return next The cursor of the following page, 0 when there is none.
    function invoicesOfProvider(address provider, uint256 cursor, uint256 limit)
        external
        view
        returns (InvoiceView[] memory page, uint256 next)
    {
        return _walk(cursor == 0 ? _latestOfProvider[provider] : cursor, limit, false);
    }

    /// @notice The ERC-20s accepted for new invoices.
    function allowedTokens() external view returns (address[] memory) {
        return _tokens.values();
    }

    /// @notice Whether new invoices may be issued in `currency` (ETH always).
    /// @param currency ETH (address 0) or a token.
    function isCurrencyAllowed(address currency) external view returns (bool) {
        return currency == ETH || _tokens.contains(currency);
    }

    // ─── Internals ───────────────────────────────────────────────────────────────────────────────────

    /// @dev Writes a new invoice's three slots whole, one SSTORE each: the legacy code generator would write packed
    /// members one by one (a read and a write per member), about 1,600 gas more on the most frequent write. The
    /// layout is Solidity's: members packed from the low-order bytes, in declaration order (tested field by field).
    function _storeNewInvoice(
        Invoice storage invoice,
        address patient,
        address currency,
        uint96 amount,
        uint256 previousOfPatient,
        uint256 previousOfProvider
    ) private {
        uint256 head = uint256(uint160(msg.sender)) | (uint256(uint8(Status.Open)) << 160)
            | (block.number << 168);
        // Invoice ids count transactions and stay far below 2^32, the width of each link.
        uint256 parties = uint256(uint160(patient)) | (previousOfPatient << 160) | (previousOfProvider << 192);
        uint256 money = uint256(uint160(currency)) | (uint256(amount) << 160);
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            let slot := invoice.slot
            sstore(slot, head)
            sstore(add(slot, 1), parties)
            sstore(add(slot, 2), money)
        }
    }

    function _payWithToken(uint256 invoiceId, Invoice storage invoice) private {
        _markPaid(invoiceId, invoice);
        uint256 received = _pull(invoice.currency, invoice.amount);
        if (received != invoice.amount) revert AmountNotReceived(invoice.amount, received);
    }

    function _markPaid(uint256 invoiceId, Invoice storage invoice) private {
        invoice.status = Status.Paid;
        _settlements[invoiceId].payer = msg.sender;
        invoice.paidAtBlock = uint40(block.number);
        creditOf[invoice.provider][invoice.currency] += invoice.amount;
        emit InvoicePaid(invoiceId, msg.sender, invoice.currency, invoice.amount);
    }

    /// @dev Takes `amount` of `currency` from the caller (ETH: it must be what was sent) and says what arrived.
    function _receive(address currency, uint256 amount) private returns (uint256 received) {
        if (currency == ETH) {
            if (msg.value != amount) revert WrongAmount(amount, msg.value);
            received = amount;
        } else {
            if (msg.value != 0) revert WrongAmount(0, msg.value);
            if (amount == 0) return 0;
            received = _pull(currency, amount);
            if (received != amount) revert AmountNotReceived(amount, received);
        }
        if (received > 0) emit CreditDeposited(msg.sender, currency, received);
    }

    function _pull(address token, uint256 amount) private returns (uint256 received) {
        uint256 before = IERC20(token).balanceOf(address(this));
        IERC20(token).safeTransferFrom(msg.sender, address(this), amount);
        received = IERC20(token).balanceOf(address(this)) - before;
    }

    function _walk(uint256 invoiceId, uint256 limit, bool ofPatient)
        private
        view
        returns (InvoiceView[] memory page, uint256 next)
    {
        if (limit > MAX_PAGE) revert PageTooLarge(limit, MAX_PAGE);
        page = new InvoiceView[](limit);
        uint256 count;
        for (next = invoiceId; next != 0 && count < limit; ++count) {
            Invoice storage invoice = _invoice(next);
            page[count] = _viewOf(next, invoice);
            next = ofPatient ? invoice.previousOfPatient : invoice.previousOfProvider;
        }
        // Allocated at the limit, cut to what was found.
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            mstore(page, count)
        }
    }

    function _viewOf(uint256 invoiceId, Invoice storage invoice) private view returns (InvoiceView memory) {
        return InvoiceView(invoiceId, invoice, _settlements[invoiceId], _isProvider(invoice.provider));
    }

    function _setCurrencyAllowed(address token, bool allowed) private {
        if (token == ETH) revert CurrencyNotAllowed(token);
        if (allowed) {
            _checkDecimals(token);
            if (_tokens.add(token) && _tokens.length() > MAX_CURRENCIES) {
                revert TooManyCurrencies(MAX_CURRENCIES);
            }
        } else {
            _tokens.remove(token);
        }
        emit CurrencyAllowed(token, allowed);
    }

    function _checkDecimals(address token) private view {
        if (token.code.length == 0) revert NotAToken(token);
        try IERC20Metadata(token).decimals() returns (uint8 decimals) {
            if (decimals > MAX_TOKEN_DECIMALS) revert TooManyDecimals(token, decimals, MAX_TOKEN_DECIMALS);
        } catch {
            revert NotAToken(token);
        }
    }

    function _invoice(uint256 invoiceId) private view returns (Invoice storage invoice) {
        invoice = _invoices[invoiceId];
        if (invoice.status == Status.None) revert UnknownInvoice(invoiceId);
    }

    function _openInvoice(uint256 invoiceId) private view returns (Invoice storage invoice) {
        invoice = _invoice(invoiceId);
        if (invoice.status != Status.Open) revert InvoiceNotOpen(invoiceId, invoice.status);
    }

    /// @dev An open invoice in the expected kind of currency, whose provider still holds a provider role.
    function _payableInvoice(uint256 invoiceId, bool inEth) private view returns (Invoice storage invoice) {
        invoice = _openInvoice(invoiceId);
        if ((invoice.currency == ETH) != inEth) revert WrongCurrency(invoiceId, invoice.currency);
        if (!_isProvider(invoice.provider)) revert ProviderNotActive(invoiceId, invoice.provider);
    }
}
