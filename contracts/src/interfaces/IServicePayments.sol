// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IServicePayments
/// @notice The types, events and errors of CareChain's invoices and payments.
interface IServicePayments {
    /// @notice Where an invoice stands.
    enum Status {
        None,
        Open,
        Paid,
        Cancelled,
        Refunded
    }

    /// @notice One invoice, in three slots.
    /// @dev The due date, service code and description live in the {InvoiceIssued} event, which an app reads
    /// from exactly `issuedAtBlock`. Links are an id (0: none, invoice ids start at 1), so that a patient's and a
    /// provider's invoices are listed newest first without an array element per invoice.
    struct Invoice {
        address provider;
        Status status;
        uint40 issuedAtBlock;
        /// @dev The block of its {InvoicePaid} event: the receipt reads the transaction and time from there.
        uint40 paidAtBlock;
        address patient;
        uint32 previousOfPatient;
        uint32 previousOfProvider;
        address currency;
        uint96 amount;
    }

    /// @notice Who paid an invoice and how much of it went back to them; empty until it is paid.
    /// @dev Apart from the invoice, so that issuing writes no slot of zeros.
    struct Settlement {
        address payer;
        uint96 refunded;
    }

    /// @notice An invoice as views return it: with its id, and whether it can be paid now.
    struct InvoiceView {
        uint256 id;
        Invoice invoice;
        Settlement settlement;
        /// @dev Its provider still holds BILLING or DOCTOR; an invoice of a former provider cannot be paid.
        bool providerActive;
    }

    /// @notice An administrator allowed or disallowed an ERC-20 for new invoices.
    /// @param token The token.
    /// @param allowed Whether new invoices may use it.
    event CurrencyAllowed(address indexed token, bool allowed);
    /// @notice A provider issued an invoice.
    /// @param invoiceId Its id, from 1.
    /// @param provider The billing office or doctor.
    /// @param patient The patient it is addressed to.
    /// @param currency ETH (the zero address) or an allow-listed ERC-20.
    /// @param amount In the currency's smallest unit.
    /// @param dueDate Unix time by which it should be paid; shown, not enforced.
    /// @param serviceCode A billing code (e.g. "CPT-99213"), never a diagnosis.
    /// @param description Public text, never a diagnosis.
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
    /// @notice An invoice was paid in full.
    /// @param invoiceId The invoice.
    /// @param payer Who paid it, and receives any refund.
    /// @param currency Its currency.
    /// @param amount The amount paid.
    event InvoicePaid(uint256 indexed invoiceId, address indexed payer, address currency, uint256 amount);
    /// @notice An unpaid invoice was cancelled.
    /// @param invoiceId The invoice.
    /// @param by Its provider, or an administrator when the provider no longer holds a provider role.
    event InvoiceCancelled(uint256 indexed invoiceId, address indexed by);
    /// @notice Part or all of a paid invoice went back to its payer's credit.
    /// @param invoiceId The invoice.
    /// @param payer Who receives it.
    /// @param amount This refund.
    /// @param totalRefunded All refunds of this invoice so far.
    event InvoiceRefunded(
        uint256 indexed invoiceId, address indexed payer, uint256 amount, uint256 totalRefunded
    );
    /// @notice A provider put money of their own into their credit, to fund refunds.
    /// @param account The provider.
    /// @param currency The currency.
    /// @param amount How much.
    event CreditDeposited(address indexed account, address indexed currency, uint256 amount);
    /// @notice An account withdrew what the contract owed it in one currency.
    /// @param account The account.
    /// @param currency The currency.
    /// @param amount How much.
    event Withdrawn(address indexed account, address indexed currency, uint256 amount, address to);

    /// @notice Only the invoice's provider may do this.
    /// @param account The caller.
    /// @param invoiceId The invoice.
    error NotInvoiceProvider(address account, uint256 invoiceId);
    /// @notice The invoice's provider no longer holds BILLING or DOCTOR: it cannot be paid, only cancelled.
    /// @param invoiceId The invoice.
    /// @param provider Its former provider.
    error ProviderNotActive(uint256 invoiceId, address provider);
    /// @notice No invoice has this id.
    /// @param invoiceId The id given.
    error UnknownInvoice(uint256 invoiceId);
    /// @notice The invoice was already paid or cancelled.
    /// @param invoiceId The invoice.
    /// @param status Where it stands.
    error InvoiceNotOpen(uint256 invoiceId, Status status);
    /// @notice Only a paid invoice can be refunded.
    /// @param invoiceId The invoice.
    /// @param status Where it stands.
    error InvoiceNotPaid(uint256 invoiceId, Status status);
    /// @notice The ETH sent differs from what is due.
    /// @param expected What is due.
    /// @param sent What was sent.
    error WrongAmount(uint256 expected, uint256 sent);
    /// @notice The invoice is in another currency than this way of paying.
    /// @param invoiceId The invoice.
    /// @param currency The invoice's currency.
    error WrongCurrency(uint256 invoiceId, address currency);
    /// @notice The currency is not allowed for new invoices.
    /// @param currency The currency.
    error CurrencyNotAllowed(address currency);
    /// @notice As many ERC-20s as the contract accepts at once are already allowed: disallow one first.
    /// @param maxCurrencies The most ERC-20s allowed at once.
    error TooManyCurrencies(uint256 maxCurrencies);
    /// @notice The token delivered a different amount than was transferred (a fee-on-transfer or rebasing token),
    /// which the books cannot follow.
    /// @param expected The amount transferred.
    /// @param received The amount that arrived.
    error AmountNotReceived(uint256 expected, uint256 received);
    /// @notice An invoice cannot be addressed to nobody or to its own provider.
    /// @param patient The address given.
    error InvalidPatient(address patient);
    /// @notice The due date is not in the future.
    /// @param dueDate The date given.
    /// @param now_ The block's time.
    error DueDateInPast(uint64 dueDate, uint256 now_);
    /// @notice A refund cannot exceed what was paid and not yet refunded.
    /// @param requested The refund asked for.
    /// @param refundable What can still be refunded.
    error RefundTooLarge(uint256 requested, uint256 refundable);
    /// @notice The provider's credit, with what they add, does not cover the refund.
    /// @param requested The refund.
    /// @param credit The credit available.
    error InsufficientCredit(uint256 requested, uint256 credit);
    /// @notice The contract owes the caller nothing in this currency.
    /// @param currency The currency.
    error NothingToWithdraw(address currency);
    /// @notice Sending ETH to the recipient failed.
    error EthTransferFailed();
    /// @notice A token with more than 18 decimals: invoice amounts (uint96) could not reach a useful sum in it.
    /// @param token The token.
    /// @param decimals Its decimals.
    /// @param maxDecimals The most accepted.
    error TooManyDecimals(address token, uint8 decimals, uint8 maxDecimals);
    /// @notice The address is not an ERC-20 token (no code, or no decimals()).
    /// @param token The address given.
    error NotAToken(address token);
}
