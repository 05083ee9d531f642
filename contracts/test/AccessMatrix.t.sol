// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {CareRoles} from "../src/CareRoles.sol";
import {IPatientRecords} from "../src/interfaces/IPatientRecords.sol";
import {IResourceAllocation} from "../src/interfaces/IResourceAllocation.sol";
import {IServicePayments} from "../src/interfaces/IServicePayments.sol";
import {PatientRecords} from "../src/PatientRecords.sol";
import {ProviderDirectory} from "../src/ProviderDirectory.sol";
import {ResourceAllocation} from "../src/ResourceAllocation.sol";
import {ServicePayments} from "../src/ServicePayments.sol";
import {TestStablecoin} from "../src/TestStablecoin.sol";
import {TestToken} from "../src/TestToken.sol";
import {CheatTest} from "./CheatTest.sol";

/// @dev Who may call every external state-changing function of every CareChain contract, tried from every kind of
/// account on a chain where the call would otherwise succeed. A denied call must revert with one of the function's
/// access errors; an allowed one must succeed. The list of functions is checked against each contract's ABI in
/// the build, so a new function without a rule here fails the suite.
contract AccessMatrixTest is CheatTest {
    // One bit per kind of account.
    uint256 internal constant ADMIN = 1 << 0;
    uint256 internal constant ALLOCATOR = 1 << 1;
    uint256 internal constant DOCTOR = 1 << 2;
    uint256 internal constant BILLING = 1 << 3;
    uint256 internal constant MANAGER = 1 << 4;
    uint256 internal constant PATIENT = 1 << 5;
    uint256 internal constant STRANGER = 1 << 6;
    uint256 internal constant EVERYONE = (1 << 7) - 1;
    uint256 internal constant NO_ONE = 0;

    struct Rule {
        address target;
        string name;
        bytes data;
        uint256 value;
        uint256 allowed;
        bytes4[] denials;
    }

    CareRoles internal roles;
    ResourceAllocation internal resources;
    PatientRecords internal records;
    ServicePayments internal payments;
    ServicePayments internal pausedPayments;
    ProviderDirectory internal directory;
    TestStablecoin internal usd;
    TestToken internal eur;
    address internal secondDoctor = makeAddr("secondDoctor");
    /// @dev Registered, asking the DOCTOR actor to take them on (a pending request).
    address internal requester = makeAddr("requester");
    bytes internal key104 = new bytes(104);

    address[7] internal actors;
    string[7] internal actorNames =
        ["admin", "allocator", "doctor", "billing", "manager", "patient", "stranger"];
    uint256 internal patientKey = uint256(keccak256("patient"));
    Rule[] internal rules;

    function setUp() public {
        vm.chainId(31_337);
        for (uint256 i; i < actors.length; ++i) {
            actors[i] = makeAddr(actorNames[i]);
            vm.deal(actors[i], 10 ether);
        }
        roles = new CareRoles(actor(ADMIN));
        resources = new ResourceAllocation(roles);
        records = new PatientRecords(roles);
        directory = new ProviderDirectory(roles);
        usd = new TestStablecoin(actor(ADMIN), "CareChain Test Dollar", "tUSD", "1");
        eur = new TestToken(actor(ADMIN), "CareChain Test Euro", "tEUR", 18);
        address[] memory tokens = new address[](1);
        tokens[0] = address(usd);
        payments = new ServicePayments(roles, tokens);
        pausedPayments = new ServicePayments(roles, tokens);

        vm.startPrank(actor(ADMIN));
        roles.grantRole(roles.ALLOCATOR_ROLE(), actor(ALLOCATOR));
        roles.grantRole(roles.DOCTOR_ROLE(), actor(DOCTOR));
        roles.grantRole(roles.BILLING_ROLE(), actor(BILLING));
        resources.addResourceType("ICU beds", "beds", 100);
        resources.registerFacility("St. Mary's", actor(MANAGER));
        resources.registerFacility("Northside", actor(MANAGER));
        resources.allocate(0, 0, 10);
        for (uint256 i; i < actors.length; ++i) {
            usd.mint(actors[i], 1000e6);
        }
        usd.approve(actor(ALLOCATOR), 1);
        eur.mint(actor(ADMIN), 1e18);
        eur.approve(actor(ALLOCATOR), 1);
        roles.grantRole(roles.DOCTOR_ROLE(), secondDoctor);
        roles.offerAdmin(actor(STRANGER));
        directory.list(actor(BILLING), ProviderDirectory.Kind.BillingOffice, "St. Mary's Billing Office", "");
        pausedPayments.pause();
        vm.stopPrank();

        vm.prank(actor(MANAGER));
        resources.requestAllocation(0, 0, 5, "winter surge");

        vm.prank(actor(DOCTOR));
        records.registerEncryptionKey(keccak256("doctor key"));
        vm.prank(secondDoctor);
        records.registerEncryptionKey(keccak256("second doctor key"));
        vm.startPrank(actor(PATIENT));
        records.registerEncryptionKey(keccak256("patient key"));
        records.grantAccess(actor(DOCTOR), "");
        records.grantAccess(secondDoctor, "");
        vm.stopPrank();
        vm.startPrank(requester);
        records.registerEncryptionKey(keccak256("requester key"));
        records.grantAccess(actor(DOCTOR), "");
        vm.stopPrank();
        vm.startPrank(actor(DOCTOR));
        records.acceptPatient(actor(PATIENT));
        records.addRecord(actor(PATIENT), keccak256("plaintext"), hex"c1", key104, key104);
        vm.stopPrank();

        for (uint256 i; i < actors.length; ++i) {
            vm.prank(actors[i]);
            usd.approve(address(payments), type(uint256).max);
        }
        vm.startPrank(actor(BILLING));
        payments.createInvoice(actor(PATIENT), address(0), 1 ether, uint64(block.timestamp + 1 days), "A", ""); // #1
        payments.createInvoice(actor(PATIENT), address(0), 1 ether, uint64(block.timestamp + 1 days), "B", ""); // #2
        payments.createInvoice(actor(PATIENT), address(usd), 5e6, uint64(block.timestamp + 1 days), "C", ""); // #3
        vm.stopPrank();
        vm.prank(actor(PATIENT));
        payments.payWithEth{value: 1 ether}(1);

        careRolesRules();
        resourceAllocationRules();
        patientRecordsRules();
        servicePaymentsRules();
        testStablecoinRules();
        testTokenRules();
        providerDirectoryRules();
    }

    function test_everyFunctionAllowsExactlyItsRoles() public {
        for (uint256 r; r < rules.length; ++r) {
            Rule storage current = rules[r];
            for (uint256 a; a < actors.length; ++a) {
                uint256 state = vm.snapshotState();
                vm.prank(actors[a]);
                (bool ok, bytes memory returned) = current.target.call{value: current.value}(current.data);
                string memory what = string.concat(current.name, " by ", actorNames[a]);
                if (current.allowed & (1 << a) != 0) {
                    vm.assertTrue(ok, string.concat(what, " should be allowed"));
                } else {
                    vm.assertFalse(ok, string.concat(what, " should be denied"));
                    vm.assertTrue(
                        isOneOf(bytes4(returned), current.denials), string.concat(what, ": wrong error")
                    );
                }
                vm.revertToState(state);
            }
        }
    }

    function test_everyStateChangingFunctionHasARule() public view {
        checkCovered("CareRoles", address(roles), address(0));
        checkCovered("ResourceAllocation", address(resources), address(0));
        checkCovered("PatientRecords", address(records), address(0));
        checkCovered("ServicePayments", address(payments), address(pausedPayments));
        checkCovered("ProviderDirectory", address(directory), address(0));
        checkCovered("TestStablecoin", address(usd), address(0));
        checkCovered("TestToken", address(eur), address(0));
    }

    // ─── The rules ──────────────────────────────────────────────────────────────────────────────────

    function careRolesRules() internal {
        bytes32 doctorRole = roles.DOCTOR_ROLE();
        bytes4[] memory notAdmin = errors(IAccessControl.AccessControlUnauthorizedAccount.selector);
        rule(
            address(roles),
            "grantRole",
            abi.encodeCall(roles.grantRole, (doctorRole, address(7))),
            ADMIN,
            notAdmin
        );
        rule(
            address(roles),
            "revokeRole",
            abi.encodeCall(roles.revokeRole, (doctorRole, actor(DOCTOR))),
            ADMIN,
            notAdmin
        );
        rule(
            address(roles),
            "renounceRole",
            abi.encodeCall(roles.renounceRole, (doctorRole, actor(DOCTOR))),
            DOCTOR,
            errors(IAccessControl.AccessControlBadConfirmation.selector)
        );
        rule(address(roles), "offerAdmin", abi.encodeCall(roles.offerAdmin, (address(7))), ADMIN, notAdmin);
        rule(
            address(roles),
            "withdrawAdminOffer",
            abi.encodeCall(roles.withdrawAdminOffer, (actor(STRANGER))),
            ADMIN,
            notAdmin
        );
        // Only the address that was offered the role can accept it.
        rule(
            address(roles),
            "acceptAdmin",
            abi.encodeCall(roles.acceptAdmin, ()),
            STRANGER,
            errors(CareRoles.NoAdminOffer.selector)
        );
    }

    function resourceAllocationRules() internal {
        address target = address(resources);
        bytes4[] memory denied = errors(IAccessControl.AccessControlUnauthorizedAccount.selector);
        IResourceAllocation.Allocation[] memory batch = new IResourceAllocation.Allocation[](1);
        batch[0] = IResourceAllocation.Allocation({resourceId: 0, facilityId: 0, quantity: 1});
        rule(
            target,
            "addResourceType",
            abi.encodeCall(resources.addResourceType, ("Ventilators", "units", 5)),
            ADMIN,
            denied
        );
        rule(target, "setCapacity", abi.encodeCall(resources.setCapacity, (0, 200)), ADMIN, denied);
        rule(
            target,
            "registerFacility",
            abi.encodeCall(resources.registerFacility, ("Eastside", address(9))),
            ADMIN,
            denied
        );
        rule(
            target,
            "setFacilityManager",
            abi.encodeCall(resources.setFacilityManager, (1, address(9))),
            ADMIN,
            denied
        );
        rule(
            target,
            "setFacilityActive",
            abi.encodeCall(resources.setFacilityActive, (1, false)),
            ADMIN,
            denied
        );
        rule(target, "allocate", abi.encodeCall(resources.allocate, (0, 0, 1)), ADMIN | ALLOCATOR, denied);
        rule(
            target,
            "allocateBatch",
            abi.encodeCall(resources.allocateBatch, (batch)),
            ADMIN | ALLOCATOR,
            denied
        );
        rule(target, "transfer", abi.encodeCall(resources.transfer, (0, 0, 1, 1)), ADMIN | ALLOCATOR, denied);
        rule(
            target, "approveRequest", abi.encodeCall(resources.approveRequest, (0)), ADMIN | ALLOCATOR, denied
        );
        rule(
            target,
            "denyRequest",
            abi.encodeCall(resources.denyRequest, (0, "none left")),
            ADMIN | ALLOCATOR,
            denied
        );
        bytes4[] memory notManager = errors(IResourceAllocation.NotFacilityManager.selector);
        rule(target, "release", abi.encodeCall(resources.release, (0, 0, 1)), ADMIN | MANAGER, notManager);
        rule(
            target,
            "requestAllocation",
            abi.encodeCall(resources.requestAllocation, (0, 0, 1, "flu")),
            MANAGER,
            notManager
        );
        rule(
            target,
            "cancelRequest",
            abi.encodeCall(resources.cancelRequest, (0)),
            MANAGER,
            errors(IResourceAllocation.NotRequester.selector)
        );
    }

    function patientRecordsRules() internal {
        address target = address(records);
        address doctor = actor(DOCTOR);
        uint256[] memory ids = new uint256[](1);
        bytes[] memory keys = new bytes[](1);
        keys[0] = key104;
        rule(
            target,
            "registerEncryptionKey",
            abi.encodeCall(records.registerEncryptionKey, (keccak256("k"))),
            EVERYONE,
            errors(0)
        );
        rule(
            target,
            "setUpRecordsKey",
            abi.encodeCall(records.setUpRecordsKey, (keccak256("k"), hex"01")),
            EVERYONE,
            errors(0)
        );
        // Only a registered account has a key whose sealed copies it may publish.
        rule(
            target,
            "setKeyUnlockers",
            abi.encodeCall(records.setKeyUnlockers, (hex"01")),
            PATIENT | DOCTOR,
            errors(IPatientRecords.NotRegistered.selector)
        );
        // Consent is given by a registered account to a doctor other than itself.
        rule(
            target,
            "grantAccess",
            abi.encodeCall(records.grantAccess, (doctor, "")),
            PATIENT,
            errors(IPatientRecords.NotRegistered.selector, IPatientRecords.SelfConsent.selector)
        );
        // A doctor answers requests made to them; a request to no one else can be answered by another account.
        rule(
            target,
            "acceptPatient",
            abi.encodeCall(records.acceptPatient, (requester)),
            DOCTOR,
            errors(IAccessControl.AccessControlUnauthorizedAccount.selector)
        );
        rule(
            target,
            "declinePatient",
            abi.encodeCall(records.declinePatient, (requester, address(0))),
            DOCTOR,
            errors(IPatientRecords.NoRequest.selector)
        );
        // Revoking only ever concerns the caller's own consent, and only one it gives now.
        rule(
            target,
            "revokeAccess",
            abi.encodeCall(records.revokeAccess, (doctor)),
            PATIENT,
            errors(IPatientRecords.NoConsent.selector)
        );
        bytes4[] memory notWriter = errors(
            IAccessControl.AccessControlUnauthorizedAccount.selector, IPatientRecords.NoConsent.selector
        );
        bytes memory add =
            abi.encodeCall(records.addRecord, (actor(PATIENT), keccak256("p"), hex"c2", key104, key104));
        rule(target, "addRecord", add, DOCTOR, notWriter);
        bytes memory amend =
            abi.encodeCall(records.amendRecord, (0, keccak256("p2"), hex"c3", key104, key104));
        rule(target, "amendRecord", amend, DOCTOR, errors(IPatientRecords.NotAuthor.selector));
        rule(
            target,
            "shareRecords",
            abi.encodeCall(records.shareRecords, (secondDoctor, ids, keys)),
            PATIENT,
            errors(IPatientRecords.NoConsent.selector)
        );
    }

    function servicePaymentsRules() internal {
        address target = address(payments);
        bytes memory issue = abi.encodeCall(
            payments.createInvoice,
            (actor(PATIENT), address(0), 1 ether, uint64(block.timestamp + 1 days), "D", "")
        );
        rule(
            target,
            "setCurrencyAllowed",
            abi.encodeCall(payments.setCurrencyAllowed, (address(eur), true)),
            ADMIN,
            errors(IAccessControl.AccessControlUnauthorizedAccount.selector)
        );
        rule(
            target,
            "createInvoice",
            issue,
            BILLING | DOCTOR,
            errors(IAccessControl.AccessControlUnauthorizedAccount.selector)
        );
        bytes4[] memory notAdmin = errors(IAccessControl.AccessControlUnauthorizedAccount.selector);
        rule(target, "pause", abi.encodeCall(payments.pause, ()), ADMIN, notAdmin);
        rule(address(pausedPayments), "unpause", abi.encodeCall(payments.unpause, ()), ADMIN, notAdmin);
        // Anyone may pay a bill: a relative or an insurer pays for the patient (documented in SECURITY.md).
        rules.push(
            Rule(target, "payWithEth", abi.encodeCall(payments.payWithEth, (2)), 1 ether, EVERYONE, errors(0))
        );
        rule(target, "payWithToken", abi.encodeCall(payments.payWithToken, (3)), EVERYONE, errors(0));
        // An unusable permit is skipped when the allowance is there, so any payer with an allowance may pay.
        rule(
            target,
            "payWithPermit",
            abi.encodeCall(payments.payWithPermit, (3, 0, 0, 0, 0)),
            EVERYONE,
            errors(0)
        );
        bytes4[] memory notProvider = errors(IServicePayments.NotInvoiceProvider.selector);
        rule(target, "cancelInvoice", abi.encodeCall(payments.cancelInvoice, (2)), BILLING, notProvider);
        rule(target, "refund", abi.encodeCall(payments.refund, (1, 1, 0)), BILLING, notProvider);
        // Only the billing office is owed anything here: the others have nothing of theirs to withdraw.
        rule(
            target,
            "withdrawTo",
            abi.encodeCall(payments.withdrawTo, (address(0), address(0xbeef))),
            BILLING,
            errors(IServicePayments.NothingToWithdraw.selector)
        );
    }

    function testStablecoinRules() internal {
        address target = address(usd);
        bytes4[] memory notOwner = errors(Ownable.OwnableUnauthorizedAccount.selector);
        rule(target, "mint", abi.encodeCall(usd.mint, (address(8), 1)), ADMIN, notOwner);
        rule(
            target, "transferOwnership", abi.encodeCall(usd.transferOwnership, (address(8))), ADMIN, notOwner
        );
        rule(target, "renounceOwnership", abi.encodeCall(usd.renounceOwnership, ()), ADMIN, notOwner);
        rule(target, "transfer", abi.encodeCall(usd.transfer, (address(8), 1)), EVERYONE, errors(0));
        rule(target, "approve", abi.encodeCall(usd.approve, (address(8), 1)), EVERYONE, errors(0));
        // The admin approved the allocator for one unit, and no one else.
        bytes memory spend = abi.encodeCall(usd.transferFrom, (actor(ADMIN), address(8), 1));
        rule(
            target, "transferFrom", spend, ALLOCATOR, errors(IERC20Errors.ERC20InsufficientAllowance.selector)
        );
        // A permit's authority is the holder's signature, whoever submits it.
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(patientKey, permitDigest(actor(PATIENT), address(8), 1, 1 days));
        bytes memory permit = abi.encodeCall(usd.permit, (actor(PATIENT), address(8), 1, 1 days, v, r, s));
        rule(target, "permit", permit, EVERYONE, errors(0));
    }

    function testTokenRules() internal {
        address target = address(eur);
        bytes4[] memory notOwner = errors(Ownable.OwnableUnauthorizedAccount.selector);
        rule(target, "mint", abi.encodeCall(eur.mint, (address(8), 1)), ADMIN, notOwner);
        rule(
            target, "transferOwnership", abi.encodeCall(eur.transferOwnership, (address(8))), ADMIN, notOwner
        );
        rule(target, "renounceOwnership", abi.encodeCall(eur.renounceOwnership, ()), ADMIN, notOwner);
        // Only the admin holds euros.
        rule(
            target,
            "transfer",
            abi.encodeCall(eur.transfer, (address(8), 1)),
            ADMIN,
            errors(IERC20Errors.ERC20InsufficientBalance.selector)
        );
        rule(target, "approve", abi.encodeCall(eur.approve, (address(8), 1)), EVERYONE, errors(0));
        bytes memory spend = abi.encodeCall(eur.transferFrom, (actor(ADMIN), address(8), 1));
        rule(
            target, "transferFrom", spend, ALLOCATOR, errors(IERC20Errors.ERC20InsufficientAllowance.selector)
        );
    }

    function providerDirectoryRules() internal {
        address target = address(directory);
        bytes4[] memory notAdmin = errors(IAccessControl.AccessControlUnauthorizedAccount.selector);
        bytes memory listDoctor = abi.encodeCall(
            directory.list, (actor(DOCTOR), ProviderDirectory.Kind.Doctor, "Dr. Alice Chen", "")
        );
        rule(target, "list", listDoctor, ADMIN, notAdmin);
        rule(target, "unlist", abi.encodeCall(directory.unlist, (actor(BILLING))), ADMIN, notAdmin);
    }

    // ─── Helpers ────────────────────────────────────────────────────────────────────────────────────

    function actor(uint256 kind) internal view returns (address) {
        for (uint256 i; i < actors.length; ++i) {
            if (kind == 1 << i) return actors[i];
        }
        revert("not one kind of account");
    }

    function rule(
        address target,
        string memory name,
        bytes memory data,
        uint256 allowed,
        bytes4[] memory denials
    ) internal {
        rules.push(Rule(target, name, data, 0, allowed, denials));
    }

    function errors(bytes4 a) internal pure returns (bytes4[] memory list) {
        list = new bytes4[](1);
        list[0] = a;
    }

    function errors(bytes4 a, bytes4 b) internal pure returns (bytes4[] memory list) {
        list = new bytes4[](2);
        (list[0], list[1]) = (a, b);
    }

    function isOneOf(bytes4 selector, bytes4[] storage list) internal view returns (bool) {
        for (uint256 i; i < list.length; ++i) {
            if (list[i] == selector) return true;
        }
        return false;
    }

    function permitDigest(address owner, address spender, uint256 value, uint256 deadline)
        internal
        view
        returns (bytes32)
    {
        bytes32 typehash = keccak256(
            "Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"
        );
        bytes32 structHash =
            keccak256(abi.encode(typehash, owner, spender, value, usd.nonces(owner), deadline));
        return keccak256(abi.encodePacked("\x19\x01", usd.DOMAIN_SEPARATOR(), structHash));
    }

    /// @dev Every non-view function in the contract's ABI (from the build) has a rule above, and every rule names a
    /// function that exists.
    function checkCovered(string memory contractName, address target, address twin) internal view {
        string memory artifact =
            vm.readFile(string.concat("out/", contractName, ".sol/", contractName, ".json"));
        string[] memory writers = namesOf(
            vm.parseJson(
                artifact,
                "$.abi[?(@.type == 'function' && @.stateMutability != 'view' && @.stateMutability != 'pure')].name"
            )
        );
        uint256 ruled;
        for (uint256 r; r < rules.length; ++r) {
            if (rules[r].target == target || rules[r].target == twin) ++ruled;
        }
        vm.assertEq(
            writers.length, ruled, string.concat(contractName, ": functions and rules differ in number")
        );
        for (uint256 w; w < writers.length; ++w) {
            bool found;
            for (uint256 r; r < rules.length && !found; ++r) {
                found = (rules[r].target == target || rules[r].target == twin)
                    && keccak256(bytes(rules[r].name)) == keccak256(bytes(writers[w]));
            }
            vm.assertTrue(found, string.concat(contractName, ".", writers[w], " has no access rule"));
        }
    }

    /// @dev parseJson gives a filter's one match as a string, several as a list; a contract may have one writer.
    function namesOf(bytes memory encoded) internal view returns (string[] memory names) {
        try this.decodeNames(encoded) returns (string[] memory several) {
            return several;
        } catch {
            names = new string[](1);
            names[0] = abi.decode(encoded, (string));
        }
    }

    /// @dev External so that a failed decode can be caught (a name's text is never a valid list offset).
    function decodeNames(bytes memory encoded) external pure returns (string[] memory) {
        return abi.decode(encoded, (string[]));
    }
}
