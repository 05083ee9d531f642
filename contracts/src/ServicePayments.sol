// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";
import {CareRoles} from "./CareRoles.sol";
import {RoleGated} from "./RoleGated.sol";

/// @title ServicePayments
/// @notice Invoices that providers (billing offices and doctors) issue to patients, paid once and exactly, in ETH
/// or an allow-listed ERC-20 (in one signature with EIP-2612 permit). Money out is pulled: payments are credited
/// to the provider, refunds to whoever paid, and each withdraws. The contract always holds exactly what it owes.
/// @dev Anyone may pay an invoice (a relative, an insurer): the payer is recorded and receives any refund.
/// Descriptions travel in the InvoiceIssued event only and must never carry a diagnosis. Allow-listed tokens must
/// be plain ERC-20s (no fee on transfer, no rebasing): the books assume the amount sent is the amount received.
contract ServicePayments is RoleGated, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using EnumerableSet for EnumerableSet.AddressSet;

    /// @notice The currency id of ether.
    address public constant ETH = address(0);
    /// @notice Longest invoice description, in bytes.
    uint256 public constant MAX_DESCRIPTION_BYTES = 140;

    enum Status {
        None,
        Open,
        Paid,
        Cancelled,
        Refunded
    }

    struct Invoice {
        address provider;
        uint64 dueDate;
        Status status;
        address patient;
        uint64 paidAt;
        address currency;
        uint128 amount;
        uint128 refunded;
        address payer;
    }

    mapping(uint256 invoiceId => Invoice) private _invoices;
    uint256 public invoiceCount;
    /// @notice What the contract owes each account, per currency: providers' takings and payers' refunds.
    mapping(address account => mapping(address currency => uint256 amount)) public creditOf;
    EnumerableSet.AddressSet private _tokens;

    event CurrencyAllowed(address indexed token, bool allowed);
    event InvoiceIssued(
        uint256 indexed invoiceId,
        address indexed provider,
        address indexed patient,
        address currency,
        uint256 amount,
        uint64 dueDate,
        bytes32 serviceCode,
        string description
    );
    event InvoicePaid(uint256 indexed invoiceId, address indexed payer, address currency, uint256 amount);
    event InvoiceCancelled(uint256 indexed invoiceId);
    event InvoiceRefunded(
        uint256 indexed invoiceId, address indexed payer, uint256 amount, uint256 totalRefunded
    );
    event Withdrawn(address indexed account, address indexed currency, uint256 amount);

    error NotProvider(address account);
    error NotInvoiceProvider(address account, uint256 invoiceId);
    error UnknownInvoice(uint256 invoiceId);
    error InvoiceNotOpen(uint256 invoiceId, Status status);
    error InvoiceNotPaid(uint256 invoiceId, Status status);
    error WrongAmount(uint256 expected, uint256 sent);
    error WrongCurrency(address expected);
    error CurrencyNotAllowed(address currency);
    error ZeroAmount();
    error InvalidPatient(address patient);
    error DueDateInPast(uint64 dueDate, uint256 now_);
    error DescriptionTooLong(uint256 length, uint256 maxLength);
    error RefundTooLarge(uint256 requested, uint256 refundable);
    error InsufficientCredit(uint256 requested, uint256 credit);
    error NothingToWithdraw(address currency);
    error EthTransferFailed();

    /// @param roles_ The shared roles authority.
    /// @param tokens ERC-20s accepted from the start (the local test stablecoin, or a testnet's USDC).
    constructor(CareRoles roles_, address[] memory tokens) RoleGated(roles_) {
        for (uint256 i; i < tokens.length; ++i) {
            _setCurrencyAllowed(tokens[i], true);
        }
    }

    /// @notice Allows or disallows an ERC-20 for new invoices (existing ones keep theirs). Administrators only.
    function setCurrencyAllowed(address token, bool allowed) external onlyRole(ADMIN_ROLE) {
        _setCurrencyAllowed(token, allowed);
    }

    /// @notice Issues an invoice to a patient. Billing offices and doctors.
    /// @param currency ETH (address 0) or an allow-listed ERC-20.
    /// @param amount In the currency's smallest unit; not zero.
    /// @param dueDate Unix time, in the future.
    /// @param serviceCode A billing code (e.g. "CPT-99213"), never a diagnosis.
    /// @param description At most 140 bytes, never a diagnosis; kept in the event only.
    /// @return invoiceId The new invoice's id, from 1.
    function createInvoice(
        address patient,
        address currency,
        uint128 amount,
        uint64 dueDate,
        bytes32 serviceCode,
        string calldata description
    ) external returns (uint256 invoiceId) {
        if (!_hasRole(BILLING_ROLE, msg.sender) && !_hasRole(DOCTOR_ROLE, msg.sender)) revert NotProvider(msg.sender);
        if (patient == address(0) || patient == msg.sender) revert InvalidPatient(patient);
        if (currency != ETH && !_tokens.contains(currency)) revert CurrencyNotAllowed(currency);
        if (amount == 0) revert ZeroAmount();
        // A validator can shift time by seconds; due dates are meant in days.
        // forge-lint: disable-next-line(block-timestamp)
        if (dueDate <= block.timestamp) revert DueDateInPast(dueDate, block.timestamp);
        if (bytes(description).length > MAX_DESCRIPTION_BYTES) {
            revert DescriptionTooLong(bytes(description).length, MAX_DESCRIPTION_BYTES);
        }
        invoiceId = ++invoiceCount;
        Invoice storage invoice = _invoices[invoiceId];
        invoice.provider = msg.sender;
        invoice.dueDate = dueDate;
        invoice.status = Status.Open;
        invoice.patient = patient;
        invoice.currency = currency;
        invoice.amount = amount;
        emit InvoiceIssued(
            invoiceId, msg.sender, patient, currency, amount, dueDate, serviceCode, description
        );
    }

    /// @notice Pays an ETH invoice: msg.value must equal the amount exactly.
    function payWithEth(uint256 invoiceId) external payable nonReentrant {
        Invoice storage invoice = _openInvoice(invoiceId);
        if (invoice.currency != ETH) revert WrongCurrency(invoice.currency);
        if (msg.value != invoice.amount) revert WrongAmount(invoice.amount, msg.value);
        _markPaid(invoiceId, invoice);
    }

    /// @notice Pays an ERC-20 invoice from the caller's allowance.
    function payWithToken(uint256 invoiceId) external nonReentrant {
        _payWithToken(invoiceId);
    }

    /// @notice Pays an ERC-20 invoice in one transaction, with an EIP-2612 permit signed by the caller for exactly
    /// the amount. A permit already used (front-run) is ignored when the allowance is there anyway.
    function payWithPermit(uint256 invoiceId, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external
        nonReentrant
    {
        Invoice storage invoice = _invoices[invoiceId];
        // A failed permit is not an error here: _payWithToken then checks the allowance itself.
        // solhint-disable no-empty-blocks
        try IERC20Permit(invoice.currency)
            .permit(msg.sender, address(this), invoice.amount, deadline, v, r, s) {}
            catch {}
        // solhint-enable no-empty-blocks
        _payWithToken(invoiceId);
    }

    /// @notice Cancels an unpaid invoice. Its provider only.
    function cancelInvoice(uint256 invoiceId) external {
        Invoice storage invoice = _openInvoice(invoiceId);
        if (msg.sender != invoice.provider) revert NotInvoiceProvider(msg.sender, invoiceId);
        invoice.status = Status.Cancelled;
        emit InvoiceCancelled(invoiceId);
    }

    /// @notice Refunds part or all of a paid invoice to whoever paid it, from the provider's credit. Its provider
    /// only. The payer then withdraws it.
    function refund(uint256 invoiceId, uint128 amount) external {
        Invoice storage invoice = _invoice(invoiceId);
        if (msg.sender != invoice.provider) revert NotInvoiceProvider(msg.sender, invoiceId);
        if (invoice.status != Status.Paid) revert InvoiceNotPaid(invoiceId, invoice.status);
        if (amount == 0) revert ZeroAmount();
        uint128 refundable = invoice.amount - invoice.refunded;
        if (amount > refundable) revert RefundTooLarge(amount, refundable);
        uint256 credit = creditOf[msg.sender][invoice.currency];
        if (amount > credit) revert InsufficientCredit(amount, credit);

        creditOf[msg.sender][invoice.currency] = credit - amount;
        creditOf[invoice.payer][invoice.currency] += amount;
        invoice.refunded += amount;
        if (invoice.refunded == invoice.amount) invoice.status = Status.Refunded;
        emit InvoiceRefunded(invoiceId, invoice.payer, amount, invoice.refunded);
    }

    /// @notice Withdraws everything the contract owes the caller in one currency.
    function withdraw(address currency) external nonReentrant {
        uint256 amount = creditOf[msg.sender][currency];
        if (amount == 0) revert NothingToWithdraw(currency);
        creditOf[msg.sender][currency] = 0;
        emit Withdrawn(msg.sender, currency, amount);
        if (currency == ETH) {
            (bool sent,) = msg.sender.call{value: amount}("");
            if (!sent) revert EthTransferFailed();
        } else {
            IERC20(currency).safeTransfer(msg.sender, amount);
        }
    }

    /// @notice One invoice.
    function getInvoice(uint256 invoiceId) external view returns (Invoice memory) {
        return _invoice(invoiceId);
    }

    /// @notice Many invoices in one call (unknown ids come back empty, status None).
    function getInvoices(uint256[] calldata invoiceIds) external view returns (Invoice[] memory invoices) {
        invoices = new Invoice[](invoiceIds.length);
        for (uint256 i; i < invoiceIds.length; ++i) {
            invoices[i] = _invoices[invoiceIds[i]];
        }
    }

    /// @notice The ERC-20s accepted for new invoices.
    function allowedTokens() external view returns (address[] memory) {
        return _tokens.values();
    }

    /// @notice Whether new invoices may be issued in `currency` (ETH always).
    function isCurrencyAllowed(address currency) external view returns (bool) {
        return currency == ETH || _tokens.contains(currency);
    }

    function _payWithToken(uint256 invoiceId) private {
        Invoice storage invoice = _openInvoice(invoiceId);
        if (invoice.currency == ETH) revert WrongCurrency(ETH);
        _markPaid(invoiceId, invoice);
        IERC20(invoice.currency).safeTransferFrom(msg.sender, address(this), invoice.amount);
    }

    function _markPaid(uint256 invoiceId, Invoice storage invoice) private {
        invoice.status = Status.Paid;
        invoice.payer = msg.sender;
        invoice.paidAt = uint64(block.timestamp);
        creditOf[invoice.provider][invoice.currency] += invoice.amount;
        emit InvoicePaid(invoiceId, msg.sender, invoice.currency, invoice.amount);
    }

    function _setCurrencyAllowed(address token, bool allowed) private {
        if (token == ETH) revert CurrencyNotAllowed(token);
        if (allowed) _tokens.add(token);
        else _tokens.remove(token);
        emit CurrencyAllowed(token, allowed);
    }

    function _invoice(uint256 invoiceId) private view returns (Invoice storage invoice) {
        invoice = _invoices[invoiceId];
        if (invoice.status == Status.None) revert UnknownInvoice(invoiceId);
    }

    function _openInvoice(uint256 invoiceId) private view returns (Invoice storage invoice) {
        invoice = _invoice(invoiceId);
        if (invoice.status != Status.Open) revert InvoiceNotOpen(invoiceId, invoice.status);
    }
}
