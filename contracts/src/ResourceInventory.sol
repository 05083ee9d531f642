// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {CareRoles} from "./CareRoles.sol";
import {IResourceAllocation} from "./interfaces/IResourceAllocation.sol";
import {RoleGated} from "./RoleGated.sol";

/// @title ResourceInventory
/// @notice Resource types, facilities and what each facility holds; for every type, available + Σ held = total.
/// @dev The allocation half of ResourceAllocation; the request workflow is built on top of it.
abstract contract ResourceInventory is RoleGated, IResourceAllocation {
    /// @notice Longest resource or facility name, in bytes.
    uint256 public constant MAX_NAME_BYTES = 64;
    /// @notice Longest unit ("beds", "doses"), in bytes.
    uint256 public constant MAX_UNIT_BYTES = 16;
    /// @notice The most units one resource type's pool may count: a billion is more than any health system holds
    /// of one thing (beds number in thousands, doses in millions), so a larger figure is a typing slip; it keeps
    /// every count to ten digits on screen.
    uint256 public constant MAX_UNITS = 1_000_000_000;
    /// @notice The most items a list view returns in one call.
    uint256 public constant MAX_PAGE = 100;
    /// @notice The most holdings cells (types × facilities) one call returns: about 2.5M gas, under every node's cap.
    uint256 public constant MAX_HOLDINGS_CELLS = 1000;

    ResourceType[] internal _resources;
    Facility[] internal _facilities;
    /// @notice Units of a resource type held by a facility: holdingOf[resourceId][facilityId].
    mapping(uint256 resourceId => mapping(uint256 facilityId => uint256 quantity)) public holdingOf;

    modifier onlyAllocator() {
        if (!_hasRole(ALLOCATOR_ROLE, msg.sender) && !_hasRole(ADMIN_ROLE, msg.sender)) {
            revert IAccessControl.AccessControlUnauthorizedAccount(msg.sender, ALLOCATOR_ROLE);
        }
        _;
    }

    constructor(CareRoles roles_) RoleGated(roles_) {}

    // ─── Administration ──────────────────────────────────────────────────────────────────────────────

    /// @notice Adds a resource type with its total capacity. Administrators only.
    /// @param name Non-empty, at most 64 bytes ("ICU beds").
    /// @param unit Non-empty, at most 16 bytes ("beds").
    /// @param total Units in the pool, 1 to {MAX_UNITS}.
    /// @return resourceId The new type's id (its index).
    function addResourceType(string calldata name, string calldata unit, uint128 total)
        external
        onlyRole(ADMIN_ROLE)
        returns (uint256 resourceId)
    {
        _checkText(name, MAX_NAME_BYTES, false);
        _checkText(unit, MAX_UNIT_BYTES, false);
        if (total == 0) revert ZeroAmount();
        _checkUnits(total);
        resourceId = _resources.length;
        _resources.push(ResourceType({total: total, allocated: 0, name: name, unit: unit}));
        emit ResourceTypeAdded(resourceId, name, unit, total, msg.sender);
    }

    /// @notice Changes a resource type's total capacity, never below what facilities hold. Administrators only.
    /// @param resourceId The type.
    /// @param newTotal The new capacity, at most {MAX_UNITS}; zero retires a type once no facility holds any.
    function setCapacity(uint256 resourceId, uint128 newTotal) external onlyRole(ADMIN_ROLE) {
        ResourceType storage resource = _resource(resourceId);
        _checkUnits(newTotal);
        if (newTotal < resource.allocated) {
            revert CapacityBelowAllocated(resourceId, newTotal, resource.allocated);
        }
        emit CapacityChanged(resourceId, resource.total, newTotal, msg.sender);
        resource.total = newTotal;
    }

    /// @notice Registers a facility (a hospital or a department) with its manager. Administrators only.
    /// @param name Non-empty, at most 64 bytes.
    /// @param manager The account that may request and release units for it; not zero.
    /// @return facilityId The new facility's id (its index).
    function registerFacility(string calldata name, address manager)
        external
        onlyRole(ADMIN_ROLE)
        returns (uint256 facilityId)
    {
        _checkText(name, MAX_NAME_BYTES, false);
        if (manager == address(0)) revert ZeroAddress();
        facilityId = _facilities.length;
        _facilities.push(Facility({manager: manager, active: true, name: name}));
        emit FacilityRegistered(facilityId, name, manager, msg.sender);
    }

    /// @notice Replaces a facility's manager (someone left, or a key was lost). Administrators only.
    /// @param facilityId The facility.
    /// @param manager The new manager; not zero.
    function setFacilityManager(uint256 facilityId, address manager) external onlyRole(ADMIN_ROLE) {
        if (manager == address(0)) revert ZeroAddress();
        Facility storage place = _facility(facilityId);
        emit FacilityManagerChanged(facilityId, place.manager, manager, msg.sender);
        place.manager = manager;
    }

    /// @notice Deactivates or reactivates a facility. An inactive facility receives nothing new but can still
    /// release and transfer out what it holds. Administrators only.
    /// @param facilityId The facility.
    /// @param active Whether it may receive units.
    function setFacilityActive(uint256 facilityId, bool active) external onlyRole(ADMIN_ROLE) {
        _facility(facilityId).active = active;
        emit FacilityActiveChanged(facilityId, active, msg.sender);
    }

    // ─── Allocation ──────────────────────────────────────────────────────────────────────────────────

    /// @notice Allocates units from the pool to a facility. Allocators and administrators.
    /// @dev Reverts with InsufficientAvailable(requested, available) when the pool is short.
    /// @param resourceId The type.
    /// @param facilityId An active facility.
    /// @param quantity Units, at least one.
    function allocate(uint256 resourceId, uint256 facilityId, uint128 quantity) external onlyAllocator {
        _allocate(resourceId, facilityId, quantity);
    }

    /// @notice Many allocations in one transaction, all or nothing. Allocators and administrators.
    /// @param lines The allocations; at least one.
    function allocateBatch(Allocation[] calldata lines) external onlyAllocator {
        if (lines.length == 0) revert EmptyBatch();
        for (uint256 i; i < lines.length; ++i) {
            _allocate(lines[i].resourceId, lines[i].facilityId, lines[i].quantity);
        }
    }

    /// @notice Returns units from a facility to the pool. The facility's manager or an administrator.
    /// @param resourceId The type.
    /// @param facilityId The facility.
    /// @param quantity Units, at least one and at most what it holds.
    function release(uint256 resourceId, uint256 facilityId, uint128 quantity) external {
        Facility storage place = _facility(facilityId);
        if (msg.sender != place.manager && !_hasRole(ADMIN_ROLE, msg.sender)) {
            revert NotFacilityManager(msg.sender, facilityId);
        }
        ResourceType storage resource = _resource(resourceId);
        _takeFrom(resourceId, facilityId, quantity);
        resource.allocated -= quantity;
        emit Released(resourceId, facilityId, quantity, msg.sender);
    }

    /// @notice Moves units from one facility to another, outside the pool. Allocators and administrators.
    /// @param resourceId The type.
    /// @param fromFacilityId The facility giving them.
    /// @param toFacilityId An active facility receiving them.
    /// @param quantity Units, at least one and at most what the giver holds.
    function transfer(uint256 resourceId, uint256 fromFacilityId, uint256 toFacilityId, uint128 quantity)
        external
        onlyAllocator
    {
        if (fromFacilityId == toFacilityId) revert SameFacility(fromFacilityId);
        _resource(resourceId);
        _facility(fromFacilityId);
        _activeFacility(toFacilityId);
        _takeFrom(resourceId, fromFacilityId, quantity);
        holdingOf[resourceId][toFacilityId] += quantity;
        emit Transferred(resourceId, fromFacilityId, toFacilityId, quantity, msg.sender);
    }

    // ─── Views ───────────────────────────────────────────────────────────────────────────────────────

    /// @notice Resource types [offset, offset + limit), clipped to those that exist.
    /// @param offset The first id.
    /// @param limit At most MAX_PAGE.
    function resources(uint256 offset, uint256 limit) external view returns (ResourceView[] memory page) {
        uint256 end = _pageEnd(offset, limit, _resources.length, MAX_PAGE);
        page = new ResourceView[](end - offset);
        for (uint256 i; i < page.length; ++i) {
            ResourceType storage resource = _resources[offset + i];
            page[i] =
                ResourceView(offset + i, resource.total, resource.allocated, resource.name, resource.unit);
        }
    }

    /// @notice Facilities [offset, offset + limit), clipped to those that exist.
    /// @param offset The first id.
    /// @param limit At most MAX_PAGE.
    function facilities(uint256 offset, uint256 limit) external view returns (FacilityView[] memory page) {
        uint256 end = _pageEnd(offset, limit, _facilities.length, MAX_PAGE);
        page = new FacilityView[](end - offset);
        for (uint256 i; i < page.length; ++i) {
            Facility storage place = _facilities[offset + i];
            page[i] = FacilityView(offset + i, place.manager, place.active, place.name);
        }
    }

    /// @notice What a window of facilities holds of a window of resource types: holdings[r][f] is what facility
    /// facilityOffset + f holds of type resourceOffset + r. Both windows are clipped to what exists; together at
    /// most MAX_HOLDINGS_CELLS cells, so the gas of one call never grows with the size of the inventory.
    /// @param resourceOffset The first resource type.
    /// @param resourceLimit How many types.
    /// @param facilityOffset The first facility.
    /// @param facilityLimit How many facilities.
    function holdings(
        uint256 resourceOffset,
        uint256 resourceLimit,
        uint256 facilityOffset,
        uint256 facilityLimit
    ) external view returns (uint256[][] memory cells) {
        uint256 rEnd = _pageEnd(resourceOffset, resourceLimit, _resources.length, MAX_HOLDINGS_CELLS);
        uint256 fEnd = _pageEnd(facilityOffset, facilityLimit, _facilities.length, MAX_HOLDINGS_CELLS);
        uint256 count = (rEnd - resourceOffset) * (fEnd - facilityOffset);
        if (count > MAX_HOLDINGS_CELLS) revert PageTooLarge(count, MAX_HOLDINGS_CELLS);
        cells = new uint256[][](rEnd - resourceOffset);
        for (uint256 r; r < cells.length; ++r) {
            cells[r] = new uint256[](fEnd - facilityOffset);
            for (uint256 f; f < cells[r].length; ++f) {
                cells[r][f] = holdingOf[resourceOffset + r][facilityOffset + f];
            }
        }
    }

    /// @notice One resource type.
    /// @param resourceId The type.
    function resourceType(uint256 resourceId) external view returns (ResourceType memory) {
        return _resource(resourceId);
    }

    /// @notice One facility.
    /// @param facilityId The facility.
    function facility(uint256 facilityId) external view returns (Facility memory) {
        return _facility(facilityId);
    }

    /// @notice Units of a resource type still in the pool.
    /// @param resourceId The type.
    function available(uint256 resourceId) external view returns (uint256) {
        ResourceType storage resource = _resource(resourceId);
        return resource.total - resource.allocated;
    }

    // ─── Internals ───────────────────────────────────────────────────────────────────────────────────

    function _allocate(uint256 resourceId, uint256 facilityId, uint128 quantity) internal {
        if (quantity == 0) revert ZeroAmount();
        ResourceType storage resource = _resource(resourceId);
        _activeFacility(facilityId);
        uint128 free = resource.total - resource.allocated;
        if (quantity > free) revert InsufficientAvailable(resourceId, quantity, free);
        resource.allocated += quantity;
        holdingOf[resourceId][facilityId] += quantity;
        emit Allocated(resourceId, facilityId, quantity, msg.sender);
    }

    function _checkUnits(uint256 units) internal pure {
        if (units > MAX_UNITS) revert TooManyUnits(units, MAX_UNITS);
    }

    function _takeFrom(uint256 resourceId, uint256 facilityId, uint128 quantity) private {
        if (quantity == 0) revert ZeroAmount();
        uint256 held = holdingOf[resourceId][facilityId];
        if (quantity > held) revert InsufficientHolding(resourceId, facilityId, quantity, held);
        holdingOf[resourceId][facilityId] = held - quantity;
    }

    function _resource(uint256 resourceId) internal view returns (ResourceType storage) {
        if (resourceId >= _resources.length) revert UnknownResource(resourceId);
        return _resources[resourceId];
    }

    function _facility(uint256 facilityId) internal view returns (Facility storage) {
        if (facilityId >= _facilities.length) revert UnknownFacility(facilityId);
        return _facilities[facilityId];
    }

    function _activeFacility(uint256 facilityId) internal view returns (Facility storage facility_) {
        facility_ = _facility(facilityId);
        if (!facility_.active) revert FacilityInactive(facilityId);
    }

    /// @dev The end of [offset, offset + limit) clipped to `length`, without overflow; refuses a limit over `max`.
    function _pageEnd(uint256 offset, uint256 limit, uint256 length, uint256 max)
        internal
        pure
        returns (uint256)
    {
        if (limit > max) revert PageTooLarge(limit, max);
        if (offset >= length) return offset;
        return length - offset < limit ? length : offset + limit;
    }
}
