// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {CareRoles} from "./CareRoles.sol";
import {RoleGated} from "./RoleGated.sol";

/// @title ResourceAllocation
/// @notice An auditable inventory of scarce medical resources (ICU beds, ventilators, vaccine doses…) shared among
/// facilities. For every resource type, available + Σ held by facilities = total capacity, always.
/// @dev Allocators (or administrators) allocate, transfer and decide requests; facility managers request and release.
/// Request reasons are operational text and never patient data; they live in events only.
contract ResourceAllocation is RoleGated {
    /// @notice Longest resource or facility name, in bytes.
    uint256 public constant MAX_NAME_BYTES = 64;
    /// @notice Longest unit ("beds", "doses"), in bytes.
    uint256 public constant MAX_UNIT_BYTES = 16;
    /// @notice Longest request or denial reason, in bytes.
    uint256 public constant MAX_REASON_BYTES = 140;

    struct ResourceType {
        uint128 total;
        uint128 allocated;
        string name;
        string unit;
    }

    struct Facility {
        address manager;
        bool active;
        string name;
    }

    enum RequestStatus {
        None,
        Open,
        Approved,
        Denied,
        Cancelled
    }

    struct Request {
        uint32 resourceId;
        uint32 facilityId;
        uint128 quantity;
        RequestStatus status;
        address requester;
    }

    /// @notice One line of a batch allocation.
    struct Allocation {
        uint32 resourceId;
        uint32 facilityId;
        uint128 quantity;
    }

    ResourceType[] private _resources;
    Facility[] private _facilities;
    Request[] private _requests;
    /// @notice Units of a resource type held by a facility: holdingOf[resourceId][facilityId].
    mapping(uint256 resourceId => mapping(uint256 facilityId => uint256 quantity)) public holdingOf;

    event ResourceTypeAdded(uint256 indexed resourceId, string name, string unit, uint256 total);
    event CapacityChanged(uint256 indexed resourceId, uint256 previousTotal, uint256 newTotal);
    event FacilityRegistered(uint256 indexed facilityId, string name, address indexed manager);
    event FacilityActiveChanged(uint256 indexed facilityId, bool active);
    event Allocated(
        uint256 indexed resourceId, uint256 indexed facilityId, uint256 quantity, address indexed by
    );
    event Released(
        uint256 indexed resourceId, uint256 indexed facilityId, uint256 quantity, address indexed by
    );
    event Transferred(
        uint256 indexed resourceId,
        uint256 fromFacilityId,
        uint256 toFacilityId,
        uint256 quantity,
        address indexed by
    );
    event AllocationRequested(
        uint256 indexed requestId,
        uint256 indexed resourceId,
        uint256 indexed facilityId,
        uint256 quantity,
        address requester,
        string reason
    );
    event RequestApproved(uint256 indexed requestId, address indexed by);
    event RequestDenied(uint256 indexed requestId, address indexed by, string reason);
    event RequestCancelled(uint256 indexed requestId);

    error UnknownResource(uint256 resourceId);
    error UnknownFacility(uint256 facilityId);
    error UnknownRequest(uint256 requestId);
    error FacilityInactive(uint256 facilityId);
    error ZeroQuantity();
    error InsufficientAvailable(uint256 resourceId, uint256 requested, uint256 available);
    error InsufficientHolding(uint256 resourceId, uint256 facilityId, uint256 requested, uint256 held);
    error CapacityBelowAllocated(uint256 resourceId, uint256 newTotal, uint256 allocated);
    error InvalidText(uint256 length, uint256 maxLength);
    error SameFacility(uint256 facilityId);
    error NotFacilityManager(address account, uint256 facilityId);
    error NotRequester(address account, uint256 requestId);
    error RequestNotOpen(uint256 requestId, RequestStatus status);
    error EmptyBatch();
    error ManagerIsZero();

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
    /// @param total Units in the pool; may be zero and raised later.
    /// @return resourceId The new type's id (its index).
    function addResourceType(string calldata name, string calldata unit, uint128 total)
        external
        onlyRole(ADMIN_ROLE)
        returns (uint256 resourceId)
    {
        _checkText(name, MAX_NAME_BYTES);
        _checkText(unit, MAX_UNIT_BYTES);
        resourceId = _resources.length;
        _resources.push(ResourceType({total: total, allocated: 0, name: name, unit: unit}));
        emit ResourceTypeAdded(resourceId, name, unit, total);
    }

    /// @notice Changes a resource type's total capacity, never below what facilities hold. Administrators only.
    function setCapacity(uint256 resourceId, uint128 newTotal) external onlyRole(ADMIN_ROLE) {
        ResourceType storage resource = _resource(resourceId);
        if (newTotal < resource.allocated) {
            revert CapacityBelowAllocated(resourceId, newTotal, resource.allocated);
        }
        emit CapacityChanged(resourceId, resource.total, newTotal);
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
        _checkText(name, MAX_NAME_BYTES);
        if (manager == address(0)) revert ManagerIsZero();
        facilityId = _facilities.length;
        _facilities.push(Facility({manager: manager, active: true, name: name}));
        emit FacilityRegistered(facilityId, name, manager);
    }

    /// @notice Deactivates or reactivates a facility. An inactive facility receives nothing new but can still
    /// release and transfer out what it holds. Administrators only.
    function setFacilityActive(uint256 facilityId, bool active) external onlyRole(ADMIN_ROLE) {
        _facility(facilityId).active = active;
        emit FacilityActiveChanged(facilityId, active);
    }

    // ─── Allocation ──────────────────────────────────────────────────────────────────────────────────

    /// @notice Allocates units from the pool to a facility. Allocators and administrators.
    /// @dev Reverts with InsufficientAvailable(requested, available) when the pool is short.
    function allocate(uint256 resourceId, uint256 facilityId, uint128 quantity) external onlyAllocator {
        _allocate(resourceId, facilityId, quantity);
    }

    /// @notice Many allocations in one transaction, all or nothing. Allocators and administrators.
    function allocateBatch(Allocation[] calldata lines) external onlyAllocator {
        if (lines.length == 0) revert EmptyBatch();
        for (uint256 i; i < lines.length; ++i) {
            _allocate(lines[i].resourceId, lines[i].facilityId, lines[i].quantity);
        }
    }

    /// @notice Returns units from a facility to the pool. The facility's manager or an administrator.
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

    // ─── Requests ────────────────────────────────────────────────────────────────────────────────────

    /// @notice A facility manager asks for units, with a short operational reason (never patient data).
    /// @return requestId The new request's id (its index).
    function requestAllocation(
        uint256 resourceId,
        uint256 facilityId,
        uint128 quantity,
        string calldata reason
    ) external returns (uint256 requestId) {
        _resource(resourceId);
        Facility storage place = _activeFacility(facilityId);
        if (msg.sender != place.manager) revert NotFacilityManager(msg.sender, facilityId);
        if (quantity == 0) revert ZeroQuantity();
        _checkText(reason, MAX_REASON_BYTES);
        requestId = _requests.length;
        _requests.push(
            Request({
                // Both ids were checked to be below their array's length, which can never approach 2^32.
                // forge-lint: disable-next-line(unsafe-typecast)
                resourceId: uint32(resourceId),
                // forge-lint: disable-next-line(unsafe-typecast)
                facilityId: uint32(facilityId),
                quantity: quantity,
                status: RequestStatus.Open,
                requester: msg.sender
            })
        );
        emit AllocationRequested(requestId, resourceId, facilityId, quantity, msg.sender, reason);
    }

    /// @notice Approves an open request, allocating its units. Allocators and administrators.
    function approveRequest(uint256 requestId) external onlyAllocator {
        Request storage pending = _openRequest(requestId);
        pending.status = RequestStatus.Approved;
        emit RequestApproved(requestId, msg.sender);
        _allocate(pending.resourceId, pending.facilityId, pending.quantity);
    }

    /// @notice Denies an open request with a reason. Allocators and administrators.
    function denyRequest(uint256 requestId, string calldata reason) external onlyAllocator {
        _checkText(reason, MAX_REASON_BYTES);
        _openRequest(requestId).status = RequestStatus.Denied;
        emit RequestDenied(requestId, msg.sender, reason);
    }

    /// @notice Withdraws one's own open request.
    function cancelRequest(uint256 requestId) external {
        Request storage pending = _openRequest(requestId);
        if (msg.sender != pending.requester) revert NotRequester(msg.sender, requestId);
        pending.status = RequestStatus.Cancelled;
        emit RequestCancelled(requestId);
    }

    // ─── Views ───────────────────────────────────────────────────────────────────────────────────────

    /// @notice Everything the dashboard shows, in one call: all resource types, all facilities and the holdings
    /// matrix, holdings[resourceId][facilityId].
    function snapshot()
        external
        view
        returns (ResourceType[] memory resources, Facility[] memory facilities, uint256[][] memory holdings)
    {
        resources = _resources;
        facilities = _facilities;
        holdings = new uint256[][](resources.length);
        for (uint256 r; r < resources.length; ++r) {
            holdings[r] = new uint256[](facilities.length);
            for (uint256 f; f < facilities.length; ++f) {
                holdings[r][f] = holdingOf[r][f];
            }
        }
    }

    /// @notice Requests [offset, offset + limit), clipped to those that exist.
    function getRequests(uint256 offset, uint256 limit) external view returns (Request[] memory page) {
        uint256 end = offset + limit > _requests.length ? _requests.length : offset + limit;
        page = new Request[](end > offset ? end - offset : 0);
        for (uint256 i; i < page.length; ++i) {
            page[i] = _requests[offset + i];
        }
    }

    /// @notice One resource type.
    function resourceType(uint256 resourceId) external view returns (ResourceType memory) {
        return _resource(resourceId);
    }

    /// @notice One facility.
    function facility(uint256 facilityId) external view returns (Facility memory) {
        return _facility(facilityId);
    }

    /// @notice One request.
    function request(uint256 requestId) external view returns (Request memory) {
        if (requestId >= _requests.length) revert UnknownRequest(requestId);
        return _requests[requestId];
    }

    /// @notice Units of a resource type still in the pool.
    function available(uint256 resourceId) external view returns (uint256) {
        ResourceType storage resource = _resource(resourceId);
        return resource.total - resource.allocated;
    }

    /// @notice How many resource types, facilities and requests exist.
    function counts()
        external
        view
        returns (uint256 resourceCount, uint256 facilityCount, uint256 requestCount)
    {
        return (_resources.length, _facilities.length, _requests.length);
    }

    // ─── Internals ───────────────────────────────────────────────────────────────────────────────────

    function _allocate(uint256 resourceId, uint256 facilityId, uint128 quantity) private {
        if (quantity == 0) revert ZeroQuantity();
        ResourceType storage resource = _resource(resourceId);
        _activeFacility(facilityId);
        uint128 free = resource.total - resource.allocated;
        if (quantity > free) revert InsufficientAvailable(resourceId, quantity, free);
        resource.allocated += quantity;
        holdingOf[resourceId][facilityId] += quantity;
        emit Allocated(resourceId, facilityId, quantity, msg.sender);
    }

    function _takeFrom(uint256 resourceId, uint256 facilityId, uint128 quantity) private {
        if (quantity == 0) revert ZeroQuantity();
        uint256 held = holdingOf[resourceId][facilityId];
        if (quantity > held) revert InsufficientHolding(resourceId, facilityId, quantity, held);
        holdingOf[resourceId][facilityId] = held - quantity;
    }

    function _resource(uint256 resourceId) private view returns (ResourceType storage) {
        if (resourceId >= _resources.length) revert UnknownResource(resourceId);
        return _resources[resourceId];
    }

    function _facility(uint256 facilityId) private view returns (Facility storage) {
        if (facilityId >= _facilities.length) revert UnknownFacility(facilityId);
        return _facilities[facilityId];
    }

    function _activeFacility(uint256 facilityId) private view returns (Facility storage facility_) {
        facility_ = _facility(facilityId);
        if (!facility_.active) revert FacilityInactive(facilityId);
    }

    function _openRequest(uint256 requestId) private view returns (Request storage request_) {
        if (requestId >= _requests.length) revert UnknownRequest(requestId);
        request_ = _requests[requestId];
        if (request_.status != RequestStatus.Open) revert RequestNotOpen(requestId, request_.status);
    }

    function _checkText(string calldata text, uint256 maxLength) private pure {
        uint256 length = bytes(text).length;
        if (length == 0 || length > maxLength) revert InvalidText(length, maxLength);
    }
}
