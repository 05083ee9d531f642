// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {CareRoles} from "../src/CareRoles.sol";
import {ICareErrors} from "../src/interfaces/ICareErrors.sol";
import {ProviderDirectory} from "../src/ProviderDirectory.sol";
import {CheatTest} from "./CheatTest.sol";

contract ProviderDirectoryTest is CheatTest {
    CareRoles internal roles;
    ProviderDirectory internal directory;
    address internal admin = makeAddr("admin");
    address internal doctor = makeAddr("doctor");
    address internal billing = makeAddr("billing");
    address internal stranger = makeAddr("stranger");
    bytes32 internal constant LICENCE = "GMC-7012345";

    function setUp() public {
        roles = new CareRoles(admin);
        directory = new ProviderDirectory(roles);
        vm.startPrank(admin);
        roles.grantRole(roles.DOCTOR_ROLE(), doctor);
        roles.grantRole(roles.BILLING_ROLE(), billing);
        vm.stopPrank();
    }

    /// @dev The doctor holds LICENCE; every other entry a licence of its own.
    function list(address account, ProviderDirectory.Kind kind, string memory name) internal {
        vm.prank(admin);
        directory.list(account, kind, name, account == doctor ? LICENCE : bytes32(uint256(uint160(account))));
    }

    function one(address account) internal pure returns (address[] memory accounts) {
        accounts = new address[](1);
        accounts[0] = account;
    }

    function test_list_storesAVerifiedEntryAndEmits() public {
        vm.expectEmit(address(directory));
        emit ProviderDirectory.ProviderListed(
            doctor, ProviderDirectory.Kind.Doctor, "Dr. Alice Chen", LICENCE, admin
        );
        list(doctor, ProviderDirectory.Kind.Doctor, "Dr. Alice Chen");
        ProviderDirectory.EntryView memory entry = directory.entriesOf(one(doctor))[0];
        vm.assertEq(entry.name, "Dr. Alice Chen", "name");
        vm.assertEq(entry.licence, LICENCE, "licence");
        vm.assertTrue(entry.verified, "verified");
        vm.assertEq(directory.listedCount(), 1, "count");
        vm.assertEq(directory.listedEntries(0, 10)[0].account, doctor, "listed");
    }

    function test_list_again_updatesTheEntry() public {
        list(doctor, ProviderDirectory.Kind.Doctor, "Dr. Alice Chen");
        list(doctor, ProviderDirectory.Kind.Doctor, "Dr. Alice Chen, MD");
        vm.assertEq(directory.entriesOf(one(doctor))[0].name, "Dr. Alice Chen, MD", "updated");
        vm.assertEq(directory.listedCount(), 1, "still one");
    }

    function test_entry_isNoLongerVerifiedOnceTheRoleIsGone() public {
        list(doctor, ProviderDirectory.Kind.Doctor, "Dr. Alice Chen");
        bytes32 doctorRole = roles.DOCTOR_ROLE();
        vm.prank(admin);
        roles.revokeRole(doctorRole, doctor);
        ProviderDirectory.EntryView memory entry = directory.entriesOf(one(doctor))[0];
        vm.assertFalse(entry.verified, "unverified");
        vm.assertEq(entry.name, "Dr. Alice Chen", "still named");
    }

    function test_list_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, doctor, roles.ADMIN_ROLE()
            )
        );
        vm.prank(doctor);
        directory.list(doctor, ProviderDirectory.Kind.Doctor, "Me", "");
        vm.startPrank(admin);
        vm.expectRevert(
            abi.encodeWithSelector(
                ProviderDirectory.KindNotHeld.selector, billing, ProviderDirectory.Kind.Doctor
            )
        );
        directory.list(billing, ProviderDirectory.Kind.Doctor, "Not a doctor", "");
        vm.expectRevert(ProviderDirectory.UnknownKind.selector);
        directory.list(doctor, ProviderDirectory.Kind.None, "Dr. Alice Chen", "");
        vm.expectRevert(abi.encodeWithSelector(ICareErrors.InvalidText.selector, 0, 64));
        directory.list(doctor, ProviderDirectory.Kind.Doctor, "", "");
        vm.expectRevert(ICareErrors.ZeroAddress.selector);
        directory.list(address(0), ProviderDirectory.Kind.Facility, "Nowhere", "");
        vm.stopPrank();
    }

    function test_facilityEntries_needNoRole() public {
        list(stranger, ProviderDirectory.Kind.Facility, "Northside Community Clinic");
        vm.assertTrue(directory.entriesOf(one(stranger))[0].verified, "a facility manager's entry");
    }

    function test_unlist_removesTheEntry() public {
        list(doctor, ProviderDirectory.Kind.Doctor, "Dr. Alice Chen");
        vm.expectEmit(address(directory));
        emit ProviderDirectory.ProviderUnlisted(doctor, admin);
        vm.prank(admin);
        directory.unlist(doctor);
        vm.assertTrue(directory.entriesOf(one(doctor))[0].kind == ProviderDirectory.Kind.None, "gone");
        vm.assertEq(directory.listedCount(), 0, "count");
        vm.expectRevert(abi.encodeWithSelector(ProviderDirectory.NotListed.selector, doctor));
        vm.prank(admin);
        directory.unlist(doctor);
    }

    function test_lookalike_isNamedAndCannotBeListed() public {
        list(doctor, ProviderDirectory.Kind.Doctor, "Dr. Alice Chen");
        // Same first and last two bytes as the doctor's address: what a shortened address shows.
        address lookalike = address(uint160(doctor) ^ (uint160(0xdeadbeef) << 32));
        vm.assertEq(directory.shownDigitsOf(lookalike), directory.shownDigitsOf(doctor), "same digits");
        vm.assertEq(directory.lookalikeOf(lookalike), doctor, "named");
        vm.assertEq(directory.lookalikeOf(doctor), address(0), "an entry is not its own look-alike");
        vm.assertEq(directory.lookalikeOf(stranger), address(0), "no look-alike");
        vm.expectRevert(abi.encodeWithSelector(ProviderDirectory.LooksLikeListed.selector, lookalike, doctor));
        vm.prank(admin);
        directory.list(lookalike, ProviderDirectory.Kind.Facility, "Dr. Alice Chen", "");
    }

    /// @dev Third review, finding 6: two entries showed the same licence number, both verified.
    function test_list_refusesALicenceAnotherEntryHolds_andFreesItWhenChangedOrUnlisted() public {
        list(doctor, ProviderDirectory.Kind.Doctor, "Dr. Alice Chen");
        address other = makeAddr("other doctor");
        bytes32 doctorRole = roles.DOCTOR_ROLE();
        vm.prank(admin);
        roles.grantRole(doctorRole, other);
        vm.expectRevert(abi.encodeWithSelector(ProviderDirectory.LicenceInUse.selector, LICENCE, doctor));
        vm.prank(admin);
        directory.list(other, ProviderDirectory.Kind.Doctor, "Dr. Alice Chen", LICENCE);
        vm.prank(admin);
        directory.list(other, ProviderDirectory.Kind.Doctor, "Dr. Other", "");
        vm.prank(admin);
        directory.list(doctor, ProviderDirectory.Kind.Doctor, "Dr. Alice Chen", LICENCE);
        vm.prank(admin);
        directory.list(doctor, ProviderDirectory.Kind.Doctor, "Dr. Alice Chen", "GMC 7099999");
        vm.prank(admin);
        directory.list(other, ProviderDirectory.Kind.Doctor, "Dr. Other", LICENCE);
        vm.prank(admin);
        directory.unlist(other);
        vm.prank(admin);
        directory.list(makeAddr("third"), ProviderDirectory.Kind.Facility, "Ward", LICENCE);
    }

    function test_shownDigits_areTheFirstAndLastTwoBytes() public view {
        vm.assertEq(
            directory.shownDigitsOf(0x90F79bf6EB2c4f870365E785982E1f101E93b906),
            bytes4(0x90f7b906),
            "0x90F7 b906"
        );
    }

    function test_pages_refuseMoreThanTheirBound() public {
        vm.expectRevert(abi.encodeWithSelector(ICareErrors.PageTooLarge.selector, 101, 100));
        directory.entriesOf(new address[](101));
        vm.expectRevert(abi.encodeWithSelector(ICareErrors.PageTooLarge.selector, 101, 100));
        directory.listedEntries(0, 101);
        vm.assertEq(directory.listedEntries(type(uint256).max, 100).length, 0, "past the end");
    }
}
