// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {CareRoles} from "../src/CareRoles.sol";
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
        vm.expectRevert(CareRoles.ZeroAddress.selector);
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
        vm.expectRevert(CareRoles.ZeroAddress.selector);
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

    function test_renounceRole_letsAnAdminLeaveWhenAnotherRemains() public {
        vm.prank(admin);
        roles.grantRole(adminRole, stranger);
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
        vm.startPrank(admin);
        roles.grantRole(adminRole, stranger);
        roles.revokeRole(adminRole, stranger);
        vm.stopPrank();
        vm.assertEq(roles.getRoleMemberCount(adminRole), 1, "back to one");
    }

    function test_rolesOf_reportsEachRole() public {
        vm.startPrank(admin);
        roles.grantRole(doctorRole, doctor);
        roles.grantRole(roles.BILLING_ROLE(), doctor);
        vm.stopPrank();
        (bool isAdmin, bool isDoctor, bool isBilling, bool isAllocator) = roles.rolesOf(doctor);
        vm.assertFalse(isAdmin, "admin");
        vm.assertTrue(isDoctor, "doctor");
        vm.assertTrue(isBilling, "billing");
        vm.assertFalse(isAllocator, "allocator");
    }

    function testFuzz_grantRole_revertsForAnyoneWithoutAdmin(address caller, uint8 roleIndex) public {
        vm.assume(caller != admin);
        bytes32[4] memory known =
            [roles.ADMIN_ROLE(), roles.DOCTOR_ROLE(), roles.BILLING_ROLE(), roles.ALLOCATOR_ROLE()];
        bytes32 role = known[roleIndex % 4];
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
}
