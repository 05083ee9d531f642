// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {CareRoles} from "../src/CareRoles.sol";
import {ResourceAllocation} from "../src/ResourceAllocation.sol";
import {RoleGated} from "../src/RoleGated.sol";
import {ICareErrors} from "../src/interfaces/ICareErrors.sol";
import {IResourceAllocation} from "../src/interfaces/IResourceAllocation.sol";
import {CheatTest} from "./CheatTest.sol";

contract ResourceAllocationTest is CheatTest {
    CareRoles internal roles;
    ResourceAllocation internal inventory;
    address internal admin = makeAddr("admin");
    address internal allocator = makeAddr("allocator");
    address internal manager = makeAddr("manager");
    address internal otherManager = makeAddr("otherManager");
    address internal stranger = makeAddr("stranger");
    uint256 internal beds;
    uint256 internal general;
    uint256 internal clinic;

    function setUp() public {
        roles = new CareRoles(admin);
        inventory = new ResourceAllocation(roles);
        vm.startPrank(admin);
        roles.grantRole(roles.ALLOCATOR_ROLE(), allocator);
        beds = inventory.addResourceType("ICU beds", "beds", 40);
        general = inventory.registerFacility("General Hospital", manager);
        clinic = inventory.registerFacility("North Clinic", otherManager);
        vm.stopPrank();
    }

    function unauthorized(address account, bytes32 role) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, account, role);
    }

    function allocated(uint256 resourceId) internal view returns (uint256) {
        return inventory.resourceType(resourceId).allocated;
    }

    // ─── construction ──────────────────────────────────────────────────────

    function test_constructor_revertsWithoutRolesAuthority() public {
        vm.expectRevert(RoleGated.ZeroRolesAuthority.selector);
        new ResourceAllocation(CareRoles(address(0)));
    }

    // ─── resource types ────────────────────────────────────────────────────

    function test_addResourceType_storesAndEmits() public {
        vm.expectEmit(address(inventory));
        emit IResourceAllocation.ResourceTypeAdded(1, "Ventilators", "units", 25, admin);
        vm.prank(admin);
        uint256 id = inventory.addResourceType("Ventilators", "units", 25);
        IResourceAllocation.ResourceType memory added = inventory.resourceType(id);
        vm.assertEq(id, 1, "id");
        vm.assertEq(added.name, "Ventilators", "name");
        vm.assertEq(added.unit, "units", "unit");
        vm.assertEq(uint256(added.total), 25, "total");
        vm.assertEq(inventory.available(id), 25, "available");
    }

    function test_addResourceType_revertsForNonAdmin() public {
        vm.expectRevert(unauthorized(allocator, roles.ADMIN_ROLE()));
        vm.prank(allocator);
        inventory.addResourceType("Ventilators", "units", 25);
    }

    function test_addResourceType_revertsOnEmptyOrLongNames() public {
        vm.startPrank(admin);
        vm.expectRevert(abi.encodeWithSelector(ICareErrors.InvalidText.selector, 0, 64));
        inventory.addResourceType("", "units", 1);
        string memory long = "0123456789012345678901234567890123456789012345678901234567890123X";
        vm.expectRevert(abi.encodeWithSelector(ICareErrors.InvalidText.selector, 65, 64));
        inventory.addResourceType(long, "units", 1);
        vm.expectRevert(abi.encodeWithSelector(ICareErrors.InvalidText.selector, 0, 16));
        inventory.addResourceType("Ventilators", "", 1);
        vm.expectRevert(abi.encodeWithSelector(ICareErrors.InvalidText.selector, 17, 16));
        inventory.addResourceType("Ventilators", "unitsunitsunitsun", 1);
        vm.stopPrank();
    }

    function test_setCapacity_raisesAndLowersAndEmits() public {
        vm.prank(allocator);
        inventory.allocate(beds, general, 10);
        vm.expectEmit(address(inventory));
        emit IResourceAllocation.CapacityChanged(beds, 40, 10, admin);
        vm.prank(admin);
        inventory.setCapacity(beds, 10);
        vm.assertEq(inventory.available(beds), 0, "nothing left");
    }

    function test_setCapacity_revertsBelowAllocated() public {
        vm.prank(allocator);
        inventory.allocate(beds, general, 10);
        vm.expectRevert(
            abi.encodeWithSelector(IResourceAllocation.CapacityBelowAllocated.selector, beds, 9, 10)
        );
        vm.prank(admin);
        inventory.setCapacity(beds, 9);
    }

    function test_capacity_isOneToMaxUnitsWhenAdded_andAtMostMaxUnitsWhenSet() public {
        uint256 max = inventory.MAX_UNITS();
        vm.startPrank(admin);
        vm.expectRevert(ICareErrors.ZeroAmount.selector);
        inventory.addResourceType("Ventilators", "units", 0);
        vm.expectRevert(abi.encodeWithSelector(IResourceAllocation.TooManyUnits.selector, max + 1, max));
        inventory.addResourceType("Ventilators", "units", uint128(max + 1));
        vm.expectRevert(abi.encodeWithSelector(IResourceAllocation.TooManyUnits.selector, 1e30, max));
        inventory.setCapacity(beds, 1e30);
        // Zero retires a type that no facility holds.
        inventory.setCapacity(beds, 0);
        vm.assertEq(inventory.available(beds), 0, "retired");
        vm.stopPrank();
    }

    function testFuzz_addResourceType_acceptsExactlyOneToMaxUnits(uint128 total) public {
        uint256 max = inventory.MAX_UNITS();
        if (total == 0) {
            vm.expectRevert(ICareErrors.ZeroAmount.selector);
        } else if (total > max) {
            vm.expectRevert(abi.encodeWithSelector(IResourceAllocation.TooManyUnits.selector, total, max));
        }
        vm.prank(admin);
        inventory.addResourceType("Oxygen", "units", total);
    }

    function test_setCapacity_revertsForNonAdminAndUnknownResource() public {
        vm.expectRevert(unauthorized(stranger, roles.ADMIN_ROLE()));
        vm.prank(stranger);
        inventory.setCapacity(beds, 1);
        vm.expectRevert(abi.encodeWithSelector(IResourceAllocation.UnknownResource.selector, 7));
        vm.prank(admin);
        inventory.setCapacity(7, 1);
    }

    // ─── facilities ────────────────────────────────────────────────────────

    function test_registerFacility_storesAndEmits() public {
        vm.expectEmit(address(inventory));
        emit IResourceAllocation.FacilityRegistered(2, "Children's Ward", stranger, admin);
        vm.prank(admin);
        uint256 id = inventory.registerFacility("Children's Ward", stranger);
        IResourceAllocation.Facility memory registered = inventory.facility(id);
        vm.assertEq(registered.name, "Children's Ward", "name");
        vm.assertEq(registered.manager, stranger, "manager");
        vm.assertTrue(registered.active, "active");
    }

    function test_registerFacility_revertsForNonAdminZeroManagerAndBadName() public {
        vm.expectRevert(unauthorized(manager, roles.ADMIN_ROLE()));
        vm.prank(manager);
        inventory.registerFacility("Ward", manager);
        vm.startPrank(admin);
        vm.expectRevert(ICareErrors.ZeroAddress.selector);
        inventory.registerFacility("Ward", address(0));
        vm.expectRevert(abi.encodeWithSelector(ICareErrors.InvalidText.selector, 0, 64));
        inventory.registerFacility("", manager);
        vm.stopPrank();
    }

    function test_setFacilityActive_blocksNewAllocationsButNotRelease() public {
        vm.prank(allocator);
        inventory.allocate(beds, general, 5);
        vm.expectEmit(address(inventory));
        emit IResourceAllocation.FacilityActiveChanged(general, false, admin);
        vm.prank(admin);
        inventory.setFacilityActive(general, false);

        vm.expectRevert(abi.encodeWithSelector(IResourceAllocation.FacilityInactive.selector, general));
        vm.prank(allocator);
        inventory.allocate(beds, general, 1);
        vm.prank(manager);
        inventory.release(beds, general, 5);
        vm.assertEq(inventory.holdingOf(beds, general), 0, "released");

        vm.prank(admin);
        inventory.setFacilityActive(general, true);
        vm.prank(allocator);
        inventory.allocate(beds, general, 1);
    }

    function test_setFacilityActive_revertsForNonAdminAndUnknownFacility() public {
        vm.expectRevert(unauthorized(allocator, roles.ADMIN_ROLE()));
        vm.prank(allocator);
        inventory.setFacilityActive(general, false);
        vm.expectRevert(abi.encodeWithSelector(IResourceAllocation.UnknownFacility.selector, 9));
        vm.prank(admin);
        inventory.setFacilityActive(9, false);
    }

    // ─── allocate ──────────────────────────────────────────────────────────

    function test_allocate_byAllocator_movesUnitsAndEmits() public {
        vm.expectEmit(address(inventory));
        emit IResourceAllocation.Allocated(beds, general, 12, allocator);
        vm.prank(allocator);
        inventory.allocate(beds, general, 12);
        vm.assertEq(inventory.holdingOf(beds, general), 12, "held");
        vm.assertEq(inventory.available(beds), 28, "available");
    }

    function test_allocate_byAdminWithoutAllocatorRole() public {
        vm.prank(admin);
        inventory.allocate(beds, general, 1);
        vm.assertEq(inventory.holdingOf(beds, general), 1, "held");
    }

    function test_allocate_revertsForOthers() public {
        vm.expectRevert(unauthorized(manager, roles.ALLOCATOR_ROLE()));
        vm.prank(manager);
        inventory.allocate(beds, general, 1);
    }

    function test_allocate_revertsOverCapacityWithRequestedAndAvailable() public {
        vm.prank(allocator);
        inventory.allocate(beds, general, 30);
        vm.expectRevert(
            abi.encodeWithSelector(IResourceAllocation.InsufficientAvailable.selector, beds, 11, 10)
        );
        vm.prank(allocator);
        inventory.allocate(beds, clinic, 11);
    }

    function test_allocate_revertsOnZeroUnknownResourceAndUnknownFacility() public {
        vm.startPrank(allocator);
        vm.expectRevert(ICareErrors.ZeroAmount.selector);
        inventory.allocate(beds, general, 0);
        vm.expectRevert(abi.encodeWithSelector(IResourceAllocation.UnknownResource.selector, 3));
        inventory.allocate(3, general, 1);
        vm.expectRevert(abi.encodeWithSelector(IResourceAllocation.UnknownFacility.selector, 3));
        inventory.allocate(beds, 3, 1);
        vm.stopPrank();
    }

    function testFuzz_allocate_succeedsExactlyWhenWithinAvailable(uint128 first, uint128 second) public {
        first = uint128(bound(first, 1, 40));
        second = uint128(bound(second, 1, type(uint128).max));
        vm.prank(allocator);
        inventory.allocate(beds, general, first);
        uint256 free = 40 - first;
        if (second > free) {
            vm.expectRevert(
                abi.encodeWithSelector(IResourceAllocation.InsufficientAvailable.selector, beds, second, free)
            );
        }
        vm.prank(allocator);
        inventory.allocate(beds, clinic, second);
        vm.assertEq(
            inventory.holdingOf(beds, general) + inventory.holdingOf(beds, clinic)
                + inventory.available(beds),
            40,
            "conserved"
        );
    }

    // ─── allocateBatch ─────────────────────────────────────────────────────

    function lines3(uint128 a, uint128 b, uint128 c)
        internal
        view
        returns (IResourceAllocation.Allocation[] memory l)
    {
        l = new IResourceAllocation.Allocation[](3);
        l[0] = IResourceAllocation.Allocation(uint32(beds), uint32(general), a);
        l[1] = IResourceAllocation.Allocation(uint32(beds), uint32(clinic), b);
        l[2] = IResourceAllocation.Allocation(uint32(beds), uint32(general), c);
    }

    function test_allocateBatch_appliesEveryLineAndEmitsEach() public {
        vm.expectEmit(address(inventory));
        emit IResourceAllocation.Allocated(beds, general, 5, allocator);
        vm.expectEmit(address(inventory));
        emit IResourceAllocation.Allocated(beds, clinic, 6, allocator);
        vm.expectEmit(address(inventory));
        emit IResourceAllocation.Allocated(beds, general, 7, allocator);
        vm.prank(allocator);
        inventory.allocateBatch(lines3(5, 6, 7));
        vm.assertEq(inventory.holdingOf(beds, general), 12, "general");
        vm.assertEq(inventory.holdingOf(beds, clinic), 6, "clinic");
        vm.assertEq(allocated(beds), 18, "allocated");
    }

    function test_allocateBatch_isAllOrNothing() public {
        vm.expectRevert(
            abi.encodeWithSelector(IResourceAllocation.InsufficientAvailable.selector, beds, 30, 20)
        );
        vm.prank(allocator);
        inventory.allocateBatch(lines3(10, 10, 30));
        vm.assertEq(allocated(beds), 0, "nothing applied");
        vm.assertEq(inventory.holdingOf(beds, general), 0, "general untouched");
    }

    function test_allocateBatch_revertsWhenEmptyOrUnauthorized() public {
        vm.expectRevert(IResourceAllocation.EmptyBatch.selector);
        vm.prank(allocator);
        inventory.allocateBatch(new IResourceAllocation.Allocation[](0));
        vm.expectRevert(unauthorized(stranger, roles.ALLOCATOR_ROLE()));
        vm.prank(stranger);
        inventory.allocateBatch(lines3(1, 1, 1));
    }

    // ─── release ───────────────────────────────────────────────────────────

    function test_release_byManager_returnsUnitsAndEmits() public {
        vm.prank(allocator);
        inventory.allocate(beds, general, 10);
        vm.expectEmit(address(inventory));
        emit IResourceAllocation.Released(beds, general, 4, manager);
        vm.prank(manager);
        inventory.release(beds, general, 4);
        vm.assertEq(inventory.holdingOf(beds, general), 6, "held");
        vm.assertEq(inventory.available(beds), 34, "available");
    }

    function test_release_byAdmin() public {
        vm.prank(allocator);
        inventory.allocate(beds, general, 10);
        vm.prank(admin);
        inventory.release(beds, general, 10);
        vm.assertEq(allocated(beds), 0, "all back");
    }

    function test_release_revertsForAnotherFacilitysManagerAndAllocator() public {
        vm.prank(allocator);
        inventory.allocate(beds, general, 10);
        vm.expectRevert(
            abi.encodeWithSelector(IResourceAllocation.NotFacilityManager.selector, otherManager, general)
        );
        vm.prank(otherManager);
        inventory.release(beds, general, 1);
        vm.expectRevert(
            abi.encodeWithSelector(IResourceAllocation.NotFacilityManager.selector, allocator, general)
        );
        vm.prank(allocator);
        inventory.release(beds, general, 1);
    }

    function test_release_revertsBeyondHoldingAndOnZero() public {
        vm.prank(allocator);
        inventory.allocate(beds, general, 3);
        vm.startPrank(manager);
        vm.expectRevert(
            abi.encodeWithSelector(IResourceAllocation.InsufficientHolding.selector, beds, general, 4, 3)
        );
        inventory.release(beds, general, 4);
        vm.expectRevert(ICareErrors.ZeroAmount.selector);
        inventory.release(beds, general, 0);
        vm.expectRevert(abi.encodeWithSelector(IResourceAllocation.UnknownResource.selector, 5));
        inventory.release(5, general, 1);
        vm.stopPrank();
        vm.expectRevert(abi.encodeWithSelector(IResourceAllocation.UnknownFacility.selector, 5));
        vm.prank(manager);
        inventory.release(beds, 5, 1);
    }

    function testFuzz_release_neverBelowZero(uint128 held, uint128 returned) public {
        held = uint128(bound(held, 1, 40));
        vm.prank(allocator);
        inventory.allocate(beds, general, held);
        if (returned == 0) {
            vm.expectRevert(ICareErrors.ZeroAmount.selector);
        } else if (returned > held) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IResourceAllocation.InsufficientHolding.selector, beds, general, returned, held
                )
            );
        }
        vm.prank(manager);
        inventory.release(beds, general, returned);
        vm.assertEq(inventory.holdingOf(beds, general) + inventory.available(beds), 40, "conserved");
    }

    // ─── transfer ──────────────────────────────────────────────────────────

    function test_transfer_movesBetweenFacilitiesAndEmits() public {
        vm.startPrank(allocator);
        inventory.allocate(beds, general, 10);
        vm.expectEmit(address(inventory));
        emit IResourceAllocation.Transferred(beds, general, clinic, 4, allocator);
        inventory.transfer(beds, general, clinic, 4);
        vm.stopPrank();
        vm.assertEq(inventory.holdingOf(beds, general), 6, "from");
        vm.assertEq(inventory.holdingOf(beds, clinic), 4, "to");
        vm.assertEq(allocated(beds), 10, "pool untouched");
    }

    function test_transfer_reverts() public {
        vm.startPrank(allocator);
        inventory.allocate(beds, general, 2);
        vm.expectRevert(abi.encodeWithSelector(IResourceAllocation.SameFacility.selector, general));
        inventory.transfer(beds, general, general, 1);
        vm.expectRevert(
            abi.encodeWithSelector(IResourceAllocation.InsufficientHolding.selector, beds, general, 3, 2)
        );
        inventory.transfer(beds, general, clinic, 3);
        vm.expectRevert(ICareErrors.ZeroAmount.selector);
        inventory.transfer(beds, general, clinic, 0);
        vm.expectRevert(abi.encodeWithSelector(IResourceAllocation.UnknownFacility.selector, 8));
        inventory.transfer(beds, general, 8, 1);
        vm.expectRevert(abi.encodeWithSelector(IResourceAllocation.UnknownResource.selector, 8));
        inventory.transfer(8, general, clinic, 1);
        vm.stopPrank();
        vm.prank(admin);
        inventory.setFacilityActive(clinic, false);
        vm.expectRevert(abi.encodeWithSelector(IResourceAllocation.FacilityInactive.selector, clinic));
        vm.prank(allocator);
        inventory.transfer(beds, general, clinic, 1);
        vm.expectRevert(unauthorized(manager, roles.ALLOCATOR_ROLE()));
        vm.prank(manager);
        inventory.transfer(beds, general, clinic, 1);
    }

    // ─── requests ──────────────────────────────────────────────────────────

    function openRequest(uint128 quantity) internal returns (uint256 id) {
        vm.prank(manager);
        id = inventory.requestAllocation(beds, general, quantity, "Winter surge");
    }

    function test_requestAllocation_recordsAndEmitsTheReason() public {
        vm.expectEmit(address(inventory));
        emit IResourceAllocation.AllocationRequested(0, beds, general, 6, manager, "Winter surge");
        uint256 id = openRequest(6);
        IResourceAllocation.Request memory stored = inventory.request(id);
        vm.assertEq(uint256(stored.quantity), 6, "quantity");
        vm.assertEq(stored.requester, manager, "requester");
        vm.assertTrue(stored.status == IResourceAllocation.RequestStatus.Open, "open");
    }

    function test_requestAllocation_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(IResourceAllocation.NotFacilityManager.selector, otherManager, general)
        );
        vm.prank(otherManager);
        inventory.requestAllocation(beds, general, 1, "x");
        vm.startPrank(manager);
        vm.expectRevert(ICareErrors.ZeroAmount.selector);
        inventory.requestAllocation(beds, general, 0, "x");
        vm.expectRevert(abi.encodeWithSelector(ICareErrors.InvalidText.selector, 0, 140));
        inventory.requestAllocation(beds, general, 1, "");
        vm.expectRevert(abi.encodeWithSelector(IResourceAllocation.TooManyUnits.selector, 1e30, 1e9));
        inventory.requestAllocation(beds, general, 1e30, "x");
        vm.expectRevert(abi.encodeWithSelector(IResourceAllocation.UnknownResource.selector, 4));
        inventory.requestAllocation(4, general, 1, "x");
        vm.stopPrank();
        vm.prank(admin);
        inventory.setFacilityActive(general, false);
        vm.expectRevert(abi.encodeWithSelector(IResourceAllocation.FacilityInactive.selector, general));
        vm.prank(manager);
        inventory.requestAllocation(beds, general, 1, "x");
    }

    function test_approveRequest_allocatesAndEmits() public {
        uint256 id = openRequest(6);
        vm.expectEmit(address(inventory));
        emit IResourceAllocation.RequestApproved(id, admin);
        vm.expectEmit(address(inventory));
        emit IResourceAllocation.Allocated(beds, general, 6, admin);
        vm.prank(admin);
        inventory.approveRequest(id);
        vm.assertEq(inventory.holdingOf(beds, general), 6, "allocated");
        vm.assertTrue(inventory.request(id).status == IResourceAllocation.RequestStatus.Approved, "approved");
    }

    function test_approveRequest_revertsWhenShortUnauthorizedOrNotOpen() public {
        uint256 id = openRequest(41);
        vm.expectRevert(
            abi.encodeWithSelector(IResourceAllocation.InsufficientAvailable.selector, beds, 41, 40)
        );
        vm.prank(allocator);
        inventory.approveRequest(id);
        vm.assertTrue(inventory.request(id).status == IResourceAllocation.RequestStatus.Open, "still open");

        vm.expectRevert(unauthorized(manager, roles.ALLOCATOR_ROLE()));
        vm.prank(manager);
        inventory.approveRequest(id);

        vm.prank(manager);
        inventory.cancelRequest(id);
        vm.expectRevert(
            abi.encodeWithSelector(
                IResourceAllocation.RequestNotOpen.selector, id, IResourceAllocation.RequestStatus.Cancelled
            )
        );
        vm.prank(allocator);
        inventory.approveRequest(id);
        vm.expectRevert(abi.encodeWithSelector(IResourceAllocation.UnknownRequest.selector, 9));
        vm.prank(allocator);
        inventory.approveRequest(9);
    }

    function test_denyRequest_recordsTheReason() public {
        uint256 id = openRequest(6);
        vm.expectEmit(address(inventory));
        emit IResourceAllocation.RequestDenied(id, allocator, "Pool reserved for the surge");
        vm.prank(allocator);
        inventory.denyRequest(id, "Pool reserved for the surge");
        vm.assertTrue(inventory.request(id).status == IResourceAllocation.RequestStatus.Denied, "denied");
        vm.assertEq(allocated(beds), 0, "nothing allocated");
    }

    function test_denyRequest_reverts() public {
        uint256 id = openRequest(6);
        vm.expectRevert(unauthorized(stranger, roles.ALLOCATOR_ROLE()));
        vm.prank(stranger);
        inventory.denyRequest(id, "no");
        vm.expectRevert(abi.encodeWithSelector(ICareErrors.InvalidText.selector, 0, 140));
        vm.prank(allocator);
        inventory.denyRequest(id, "");
        vm.prank(allocator);
        inventory.denyRequest(id, "no");
        vm.expectRevert(
            abi.encodeWithSelector(
                IResourceAllocation.RequestNotOpen.selector, id, IResourceAllocation.RequestStatus.Denied
            )
        );
        vm.prank(allocator);
        inventory.denyRequest(id, "again");
    }

    function test_cancelRequest_byRequesterOnly() public {
        uint256 id = openRequest(6);
        vm.expectRevert(abi.encodeWithSelector(IResourceAllocation.NotRequester.selector, admin, id));
        vm.prank(admin);
        inventory.cancelRequest(id);
        vm.expectEmit(address(inventory));
        emit IResourceAllocation.RequestCancelled(id, manager);
        vm.prank(manager);
        inventory.cancelRequest(id);
        vm.expectRevert(abi.encodeWithSelector(IResourceAllocation.UnknownRequest.selector, 5));
        vm.prank(manager);
        inventory.cancelRequest(5);
    }

    // ─── views ─────────────────────────────────────────────────────────────

    function test_inventoryViews_pageTypesFacilitiesAndHoldings() public {
        vm.startPrank(allocator);
        inventory.allocate(beds, general, 3);
        inventory.allocate(beds, clinic, 4);
        vm.stopPrank();
        IResourceAllocation.ResourceView[] memory types = inventory.resources(0, 10);
        vm.assertEq(types.length, 1, "resources clipped");
        vm.assertEq(uint256(types[0].allocated), 7, "allocated");
        vm.assertEq(types[0].name, "ICU beds", "name");
        IResourceAllocation.FacilityView[] memory places = inventory.facilities(1, 10);
        vm.assertEq(places.length, 1, "facilities from an offset");
        vm.assertEq(places[0].id, clinic, "facility id");
        vm.assertEq(places[0].manager, otherManager, "manager");
        uint256[][] memory cells = inventory.holdings(0, 5, 0, 5);
        vm.assertEq(cells.length, 1, "rows clipped");
        vm.assertEq(cells[0][general], 3, "general");
        vm.assertEq(cells[0][clinic], 4, "clinic");
        vm.assertEq(inventory.holdings(0, 1, 1, 1)[0][0], 4, "a window of one cell");
        vm.assertEq(inventory.resources(5, 10).length, 0, "past the end");
        vm.assertEq(inventory.facilities(type(uint256).max, 100).length, 0, "no overflow at the top");
    }

    function test_inventoryViews_refusePagesOverTheirBound() public {
        vm.expectRevert(abi.encodeWithSelector(ICareErrors.PageTooLarge.selector, 101, 100));
        inventory.resources(0, 101);
        vm.expectRevert(abi.encodeWithSelector(ICareErrors.PageTooLarge.selector, 101, 100));
        inventory.facilities(0, 101);
        vm.startPrank(admin);
        for (uint256 i; i < 40; ++i) {
            inventory.addResourceType("Gloves", "boxes", 1);
            inventory.registerFacility("Ward", manager);
        }
        vm.stopPrank();
        vm.expectRevert(abi.encodeWithSelector(ICareErrors.PageTooLarge.selector, 41 * 42, 1000));
        inventory.holdings(0, 50, 0, 50);
        vm.assertEq(inventory.holdings(0, 25, 0, 40).length, 25, "1,000 cells are fine");
    }

    function test_requestsBefore_pagesNewestFirstAndClips() public {
        openRequest(1);
        openRequest(2);
        openRequest(3);
        (IResourceAllocation.RequestView[] memory page, uint256 next) = inventory.requestsBefore(0, 2);
        vm.assertEq(page.length, 2, "a page");
        vm.assertEq(page[0].id, 2, "newest first");
        vm.assertEq(uint256(page[1].request.quantity), 2, "then older");
        vm.assertEq(next, 1, "cursor");
        (page, next) = inventory.requestsBefore(next, 2);
        vm.assertEq(page.length, 1, "last page clipped");
        vm.assertEq(page[0].id, 0, "oldest");
        vm.assertEq(next, 0, "no more");
        (IResourceAllocation.ResourceView[] memory none) = inventory.resources(1, 0);
        vm.assertEq(none.length, 0, "empty page");
        (uint256 resourceCount, uint256 facilityCount, uint256 requestCount) = inventory.counts();
        vm.assertEq(resourceCount + facilityCount + requestCount, 6, "counts");
    }

    /// @dev Review finding 14: getRequests(1, type(uint256).max) panicked on overflow; paging now clips.
    function test_requestsBefore_extremeArgumentsClipInsteadOfPanicking() public {
        openRequest(1);
        (IResourceAllocation.RequestView[] memory page,) = inventory.requestsBefore(type(uint256).max, 100);
        vm.assertEq(page.length, 1, "a cursor past the end starts at the newest");
        vm.expectRevert(abi.encodeWithSelector(ICareErrors.PageTooLarge.selector, type(uint256).max, 100));
        inventory.requestsBefore(1, type(uint256).max);
        vm.assertEq(inventory.resources(type(uint256).max, 100).length, 0, "resources");
        vm.assertEq(inventory.holdings(type(uint256).max, 10, type(uint256).max, 10).length, 0, "holdings");
    }

    function test_requests_rememberTheBlocksOfTheirEvents() public {
        vm.roll(100);
        uint256 id = openRequest(2);
        vm.assertEq(uint256(inventory.request(id).requestedAtBlock), 100, "requested at");
        vm.assertEq(uint256(inventory.request(id).decidedAtBlock), 0, "undecided");
        vm.roll(140);
        vm.prank(allocator);
        inventory.denyRequest(id, "Pool reserved");
        vm.assertEq(uint256(inventory.request(id).decidedAtBlock), 140, "decided at");
    }

    // ─── facility managers (review finding 11) ─────────────────────────────

    function test_setFacilityManager_replacesTheManagerAndEmits() public {
        vm.expectEmit(address(inventory));
        emit IResourceAllocation.FacilityManagerChanged(general, manager, stranger, admin);
        vm.prank(admin);
        inventory.setFacilityManager(general, stranger);
        vm.assertEq(inventory.facility(general).manager, stranger, "replaced");
        vm.prank(allocator);
        inventory.allocate(beds, general, 2);
        vm.expectRevert(
            abi.encodeWithSelector(IResourceAllocation.NotFacilityManager.selector, manager, general)
        );
        vm.prank(manager);
        inventory.release(beds, general, 1);
        vm.prank(stranger);
        inventory.release(beds, general, 1);
    }

    function test_setFacilityManager_revertsForNonAdminZeroAndUnknown() public {
        vm.expectRevert(unauthorized(manager, roles.ADMIN_ROLE()));
        vm.prank(manager);
        inventory.setFacilityManager(general, manager);
        vm.startPrank(admin);
        vm.expectRevert(ICareErrors.ZeroAddress.selector);
        inventory.setFacilityManager(general, address(0));
        vm.expectRevert(abi.encodeWithSelector(IResourceAllocation.UnknownFacility.selector, 9));
        inventory.setFacilityManager(9, stranger);
        vm.stopPrank();
    }

    function test_views_revertOnUnknownIds() public {
        vm.expectRevert(abi.encodeWithSelector(IResourceAllocation.UnknownResource.selector, 2));
        inventory.resourceType(2);
        vm.expectRevert(abi.encodeWithSelector(IResourceAllocation.UnknownFacility.selector, 2));
        inventory.facility(2);
        vm.expectRevert(abi.encodeWithSelector(IResourceAllocation.UnknownRequest.selector, 0));
        inventory.request(0);
        vm.expectRevert(abi.encodeWithSelector(IResourceAllocation.UnknownResource.selector, 2));
        inventory.available(2);
    }
}
