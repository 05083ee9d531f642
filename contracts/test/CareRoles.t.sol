// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {CareRoles} from "../src/CareRoles.sol";
import {ICareErrors} from "../src/interfaces/ICareErrors.sol";
import {CheatTest} from "./CheatTest.sol";

contract CareRolesTest is CheatTest {
    event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender);
    event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender);

    CareRoles internal roles;
    address internal admin = makeAddr("admin");
    address internal doctor = makeAddr("doctor");
    address internal stranger = makeAddr("stranger");
    bytes32 internal adminRole;
    bytes32 internal doctorRole;

    function setUp() public {
        roles = new CareRoles(admin);
        adminRole = roles.ADMIN_ROLE();
        doctorRole = roles.DOCTOR_ROLE();
    }

    function test_constructor_makesTheInitialAccountTheOnlyAdmin() public view {
        vm.assertTrue(roles.hasRole(adminRole, admin), "initial admin");
        vm.assertEq(roles.getRoleMemberCount(adminRole), 1, "one admin");
    }

    function test_constructor_revertsOnZeroAdmin() public {
        vm.expectRevert(ICareErrors.ZeroAddress.selector);
        new CareRoles(address(0));
    }

    function test_adminRole_administersEveryRole() public view {
        vm.assertEq(roles.getRoleAdmin(adminRole), adminRole, "admin");
        vm.assertEq(roles.getRoleAdmin(doctorRole), adminRole, "doctor");
        vm.assertEq(roles.getRoleAdmin(roles.BILLING_ROLE()), adminRole, "billing");
        vm.assertEq(roles.getRoleAdmin(roles.ALLOCATOR_ROLE()), adminRole, "allocator");
    }

    function test_grantRole_byAdmin_grantsListsAndEmits() public {
        vm.expectEmit(address(roles));
        emit RoleGranted(doctorRole, doctor, admin);
        vm.prank(admin);
        roles.grantRole(doctorRole, doctor);

        vm.assertTrue(roles.hasRole(doctorRole, doctor), "granted");
        address[] memory doctors = roles.getRoleMembers(doctorRole);
        vm.assertEq(doctors.length, 1, "listed once");
        vm.assertEq(doctors[0], doctor, "listed");
    }

    function test_grantRole_revertsForNonAdmin() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, adminRole
            )
        );
        vm.prank(stranger);
        roles.grantRole(doctorRole, doctor);
    }

    function test_grantRole_revertsForUnknownRole() public {
        bytes32 unknown = keccak256("SURGEON_ROLE");
        vm.expectRevert(abi.encodeWithSelector(CareRoles.UnknownRole.selector, unknown));
        vm.prank(admin);
        roles.grantRole(unknown, doctor);
    }

    function test_grantRole_revertsForDefaultAdminRole() public {
        bytes32 defaultAdmin = roles.DEFAULT_ADMIN_ROLE();
        vm.expectRevert(abi.encodeWithSelector(CareRoles.UnknownRole.selector, defaultAdmin));
        vm.prank(admin);
        roles.grantRole(defaultAdmin, stranger);
    }

    function test_grantRole_revertsForZeroAddress() public {
        vm.expectRevert(ICareErrors.ZeroAddress.selector);
        vm.prank(admin);
        roles.grantRole(doctorRole, address(0));
    }

    function test_grantRole_twiceKeepsOneMembership() public {
        vm.startPrank(admin);
        roles.grantRole(doctorRole, doctor);
        roles.grantRole(doctorRole, doctor);
        vm.stopPrank();
        vm.assertEq(roles.getRoleMemberCount(doctorRole), 1, "one member");
    }

    function test_revokeRole_byAdmin_removesAndEmits() public {
        vm.prank(admin);
        roles.grantRole(doctorRole, doctor);

        vm.expectEmit(address(roles));
        emit RoleRevoked(doctorRole, doctor, admin);
        vm.prank(admin);
        roles.revokeRole(doctorRole, doctor);

        vm.assertFalse(roles.hasRole(doctorRole, doctor), "revoked");
        vm.assertEq(roles.getRoleMemberCount(doctorRole), 0, "unlisted");
    }

    function test_revokeRole_revertsForNonAdmin() public {
        vm.prank(admin);
        roles.grantRole(doctorRole, doctor);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, doctor, adminRole
            )
        );
        vm.prank(doctor);
        roles.revokeRole(doctorRole, doctor);
    }

    function test_revokeRole_revertsWhenRemovingTheLastAdmin() public {
        vm.expectRevert(CareRoles.LastAdmin.selector);
        vm.prank(admin);
        roles.revokeRole(adminRole, admin);
    }

    function test_renounceRole_revertsForTheLastAdmin() public {
        vm.expectRevert(CareRoles.LastAdmin.selector);
        vm.prank(admin);
        roles.renounceRole(adminRole, admin);
    }

    function makeAdmin(address account) internal {
        vm.prank(admin);
        roles.offerAdmin(account);
        vm.prank(account);
        roles.acceptAdmin();
    }

    function test_renounceRole_letsAnAdminLeaveWhenAnotherRemains() public {
        makeAdmin(stranger);
        vm.prank(admin);
        roles.renounceRole(adminRole, admin);
        vm.assertFalse(roles.hasRole(adminRole, admin), "left");
        vm.assertTrue(roles.hasRole(adminRole, stranger), "other admin stays");
    }

    function test_renounceRole_letsADoctorLeave() public {
        vm.prank(admin);
        roles.grantRole(doctorRole, doctor);
        vm.prank(doctor);
        roles.renounceRole(doctorRole, doctor);
        vm.assertFalse(roles.hasRole(doctorRole, doctor), "renounced");
    }

    function test_renounceRole_revertsForSomeoneElse() public {
        vm.prank(admin);
        roles.grantRole(doctorRole, doctor);
        vm.expectRevert(IAccessControl.AccessControlBadConfirmation.selector);
        vm.prank(stranger);
        roles.renounceRole(doctorRole, doctor);
    }

    function test_revokeRole_ofANonLastAdmin_succeeds() public {
        makeAdmin(stranger);
        vm.prank(admin);
        roles.revokeRole(adminRole, stranger);
        vm.assertEq(roles.getRoleMemberCount(adminRole), 1, "back to one");
    }

    function test_rolesOf_reportsEachRole() public {
        vm.startPrank(admin);
        roles.grantRole(doctorRole, doctor);
        roles.grantRole(roles.BILLING_ROLE(), doctor);
        vm.stopPrank();
        (bool isAdmin, bool isDoctor, bool isBilling, bool isAllocator, bool provider) = roles.rolesOf(doctor);
        vm.assertFalse(isAdmin, "admin");
        vm.assertTrue(isDoctor, "doctor");
        vm.assertTrue(isBilling, "billing");
        vm.assertFalse(isAllocator, "allocator");
        vm.assertTrue(provider, "a provider");
    }

    /// @dev The provider rule is stated once, here: billing offices and doctors, no one else.
    function test_isProvider_isABillingOfficeOrADoctor() public {
        address billing = makeAddr("billing");
        bytes32 billingRole = roles.BILLING_ROLE();
        bytes32 allocatorRole = roles.ALLOCATOR_ROLE();
        vm.startPrank(admin);
        roles.grantRole(doctorRole, doctor);
        roles.grantRole(billingRole, billing);
        roles.grantRole(allocatorRole, stranger);
        vm.stopPrank();
        vm.assertTrue(roles.isProvider(doctor), "doctor");
        vm.assertTrue(roles.isProvider(billing), "billing office");
        vm.assertFalse(roles.isProvider(stranger), "allocator");
        vm.assertFalse(roles.isProvider(admin), "administrator");
        (,,,, bool provider) = roles.rolesOf(stranger);
        vm.assertFalse(provider, "rolesOf says the same");
    }

    function testFuzz_grantRole_revertsForAnyoneWithoutAdmin(address caller, uint8 roleIndex) public {
        vm.assume(caller != admin);
        bytes32[3] memory grantable = [roles.DOCTOR_ROLE(), roles.BILLING_ROLE(), roles.ALLOCATOR_ROLE()];
        bytes32 role = grantable[roleIndex % 3];
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, caller, adminRole
            )
        );
        vm.prank(caller);
        roles.grantRole(role, stranger);
    }

    function testFuzz_isKnownRole_onlyTheFourRoles(bytes32 role) public view {
        bool expected = role == roles.ADMIN_ROLE() || role == roles.DOCTOR_ROLE()
            || role == roles.BILLING_ROLE() || role == roles.ALLOCATOR_ROLE();
        vm.assertEq(roles.isKnownRole(role), expected, "known");
    }

    // ─── two-step administrator hand-over (review finding 13) ─────────────

    function test_grantRole_neverGrantsAdminAtOnce() public {
        vm.expectRevert(abi.encodeWithSelector(CareRoles.AdminNeedsAcceptance.selector, stranger));
        vm.prank(admin);
        roles.grantRole(adminRole, stranger);
        vm.assertEq(roles.getRoleMemberCount(adminRole), 1, "still one admin");
    }

    function test_offerAdmin_thenAccept_makesAnAdmin() public {
        vm.expectEmit(address(roles));
        emit CareRoles.AdminOffered(stranger, admin, uint64(block.timestamp + 14 days));
        vm.prank(admin);
        roles.offerAdmin(stranger);
        vm.assertFalse(roles.hasRole(adminRole, stranger), "not before accepting");
        vm.assertTrue(roles.adminOffered(stranger), "offered");
        vm.expectEmit(address(roles));
        emit RoleGranted(adminRole, stranger, stranger);
        vm.prank(stranger);
        roles.acceptAdmin();
        vm.assertTrue(roles.hasRole(adminRole, stranger), "accepted");
        vm.assertFalse(roles.adminOffered(stranger), "offer used");
    }

    /// @dev The last-admin guard counts members; with a two-step hand-over every member has proved it is usable,
    /// so an admin can hand over to a new key and leave without ever being left with none.
    function test_handOver_toAnAddressThatNeverAccepts_leavesTheOldAdminInPlace() public {
        vm.prank(admin);
        roles.offerAdmin(stranger);
        vm.expectRevert(CareRoles.LastAdmin.selector);
        vm.prank(admin);
        roles.renounceRole(adminRole, admin);
        vm.assertTrue(roles.hasRole(adminRole, admin), "still administered");
    }

    function test_offerAdmin_revertsForNonAdminAndZero_acceptRevertsWithoutOffer() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, adminRole
            )
        );
        vm.prank(stranger);
        roles.offerAdmin(stranger);
        vm.expectRevert(ICareErrors.ZeroAddress.selector);
        vm.prank(admin);
        roles.offerAdmin(address(0));
        vm.expectRevert(abi.encodeWithSelector(CareRoles.NoAdminOffer.selector, stranger));
        vm.prank(stranger);
        roles.acceptAdmin();
    }

    function test_withdrawAdminOffer_cancelsIt() public {
        vm.prank(admin);
        roles.offerAdmin(stranger);
        vm.expectEmit(address(roles));
        emit CareRoles.AdminOfferWithdrawn(stranger, admin);
        vm.prank(admin);
        roles.withdrawAdminOffer(stranger);
        vm.expectRevert(abi.encodeWithSelector(CareRoles.NoAdminOffer.selector, stranger));
        vm.prank(stranger);
        roles.acceptAdmin();
        vm.expectRevert(abi.encodeWithSelector(CareRoles.NoAdminOffer.selector, stranger));
        vm.prank(admin);
        roles.withdrawAdminOffer(stranger);
    }

    // ─── offers do not outlive their maker or their lifetime (third review, finding 3) ───

    function test_adminOffer_lapsesWhenItsMakerLosesTheRole() public {
        address second = makeAddr("second admin");
        _makeAdmin(second);
        vm.prank(second);
        roles.offerAdmin(stranger);
        vm.prank(admin);
        roles.offerAdmin(doctor);
        vm.assertEq(roles.adminOffers().length, 2, "both pending");
        vm.expectEmit(address(roles));
        emit CareRoles.AdminOfferLapsed(stranger, second);
        vm.prank(admin);
        roles.revokeRole(adminRole, second);
        vm.assertFalse(roles.adminOffered(stranger), "the former admin's offer is gone");
        CareRoles.AdminOffer[] memory offers = roles.adminOffers();
        vm.assertEq(offers.length, 1, "the other stays");
        vm.assertEq(offers[0].account, doctor, "the other admin's offer");
        vm.expectRevert(abi.encodeWithSelector(CareRoles.NoAdminOffer.selector, stranger));
        vm.prank(stranger);
        roles.acceptAdmin();
    }

    function test_adminOffer_lapsesWhenItsMakerRenounces() public {
        address second = makeAddr("second admin");
        _makeAdmin(second);
        vm.prank(second);
        roles.offerAdmin(stranger);
        vm.prank(second);
        roles.renounceRole(adminRole, second);
        vm.expectRevert(abi.encodeWithSelector(CareRoles.NoAdminOffer.selector, stranger));
        vm.prank(stranger);
        roles.acceptAdmin();
    }

    function test_adminOffer_expiresAfterItsLifetime_andAnOfferAgainRenewsIt() public {
        vm.prank(admin);
        roles.offerAdmin(stranger);
        CareRoles.AdminOffer[] memory offers = roles.adminOffers();
        vm.assertEq(offers[0].by, admin, "who offered");
        vm.assertEq(uint256(offers[0].expiresAt), block.timestamp + 14 days, "when it lapses");
        vm.warp(block.timestamp + 14 days + 1);
        vm.assertFalse(roles.adminOffered(stranger), "expired");
        vm.expectRevert(abi.encodeWithSelector(CareRoles.NoAdminOffer.selector, stranger));
        vm.prank(stranger);
        roles.acceptAdmin();
        vm.prank(admin);
        roles.offerAdmin(stranger);
        vm.assertEq(roles.adminOffers().length, 1, "renewed, listed once");
        vm.prank(stranger);
        roles.acceptAdmin();
        vm.assertTrue(roles.hasRole(adminRole, stranger), "accepted in time");
        vm.assertEq(roles.adminOffers().length, 0, "used");
    }

    function test_offerAdmin_refusesAnAdminAndMoreThanTheCap() public {
        vm.expectRevert(abi.encodeWithSelector(CareRoles.AlreadyAdmin.selector, admin));
        vm.prank(admin);
        roles.offerAdmin(admin);
        for (uint256 i; i < 16; ++i) {
            vm.prank(admin);
            roles.offerAdmin(address(uint160(1000 + i)));
        }
        vm.expectRevert(abi.encodeWithSelector(CareRoles.TooManyAdminOffers.selector, 16));
        vm.prank(admin);
        roles.offerAdmin(stranger);
        vm.prank(admin);
        roles.offerAdmin(address(1000));
    }

    function _makeAdmin(address account) private {
        vm.prank(admin);
        roles.offerAdmin(account);
        vm.prank(account);
        roles.acceptAdmin();
    }

    // ─── tenure of a role (review finding 12) ──────────────────────────────

    function test_roleSince_marksEachTenureAndClearsOnRevoke() public {
        vm.roll(10);
        vm.prank(admin);
        roles.grantRole(doctorRole, doctor);
        vm.assertEq(roles.roleSince(doctorRole, doctor), 10, "granted at 10");
        vm.roll(20);
        vm.prank(admin);
        roles.grantRole(doctorRole, doctor);
        vm.assertEq(roles.roleSince(doctorRole, doctor), 10, "granting again changes nothing");
        vm.prank(admin);
        roles.revokeRole(doctorRole, doctor);
        vm.assertEq(roles.roleSince(doctorRole, doctor), 0, "not held");
        vm.roll(30);
        vm.prank(admin);
        roles.grantRole(doctorRole, doctor);
        vm.assertEq(roles.roleSince(doctorRole, doctor), 30, "a new tenure");
        vm.assertEq(roles.roleSince(adminRole, admin), 1, "the first admin since deployment");
    }
}
