// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CareRoles} from "./CareRoles.sol";
import {ResourceInventory} from "./ResourceInventory.sol";

/// @title ResourceAllocation
/// @notice An auditable inventory of scarce medical resources (ICU beds, ventilators, vaccine doses…) shared among
/// facilities, and the workflow by which facility managers ask for units. For every resource type,
/// available + Σ held by facilities = total capacity, always.
/// @dev Allocators (or administrators) allocate, transfer and decide requests; facility managers request and release.
/// Request reasons are operational text and never patient data; they live in events only, and each request
/// remembers the blocks of its events so that an app reads them from exactly those blocks.
contract ResourceAllocation is ResourceInventory {
    /// @notice Longest request or denial reason, in bytes.
    uint256 public constant MAX_REASON_BYTES = 140;

    Request[] private _requests;

    constructor(CareRoles roles_) ResourceInventory(roles_) {}

    /// @notice A facility manager asks for units, with a short operational reason (never patient data).
    /// @param resourceId The type.
    /// @param facilityId An active facility the caller manages.
    /// @param quantity Units, 1 to {MAX_UNITS}.
    /// @param reason Non-empty, at most 140 bytes.
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
        if (quantity == 0) revert ZeroAmount();
        _checkUnits(quantity);
        _checkText(reason, MAX_REASON_BYTES, false);
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
                requestedAtBlock: uint40(block.number),
                requester: msg.sender,
                decidedAtBlock: 0
            })
        );
        emit AllocationRequested(requestId, resourceId, facilityId, quantity, msg.sender, reason);
    }

    /// @notice Approves an open request, allocating its units. Allocators and administrators.
    /// @param requestId An open request.
    function approveRequest(uint256 requestId) external onlyAllocator {
        Request storage pending = _decide(requestId, RequestStatus.Approved);
        emit RequestApproved(requestId, msg.sender);
        _allocate(pending.resourceId, pending.facilityId, pending.quantity);
    }

    /// @notice Denies an open request with a reason. Allocators and administrators.
    /// @param requestId An open request.
    /// @param reason Non-empty, at most 140 bytes.
    function denyRequest(uint256 requestId, string calldata reason) external onlyAllocator {
        _checkText(reason, MAX_REASON_BYTES, false);
        _decide(requestId, RequestStatus.Denied);
        emit RequestDenied(requestId, msg.sender, reason);
    }

    /// @notice Withdraws one's own open request.
    /// @param requestId An open request the caller made.
    function cancelRequest(uint256 requestId) external {
        if (_openRequest(requestId).requester != msg.sender) revert NotRequester(msg.sender, requestId);
        _decide(requestId, RequestStatus.Cancelled);
        emit RequestCancelled(requestId, msg.sender);
    }

    /// @notice How many resource types, facilities and requests exist.
    function counts()
        external
        view
        returns (uint256 resourceCount, uint256 facilityCount, uint256 requestCount)
    {
        return (_resources.length, _facilities.length, _requests.length);
    }

    /// @notice Requests newest first: those with an id below `cursor` (or the newest, when `cursor` is 0).
    /// @param cursor 0 for the newest; otherwise the `next` of the previous page.
    /// @param limit At most MAX_PAGE.
    /// @return page The requests, newest first.
    /// @return next The cursor of the following page, 0 when there is none.
    function requestsBefore(uint256 cursor, uint256 limit)
        external
        view
        returns (RequestView[] memory page, uint256 next)
    {
        if (limit > MAX_PAGE) revert PageTooLarge(limit, MAX_PAGE);
        uint256 start = cursor == 0 || cursor > _requests.length ? _requests.length : cursor;
        uint256 count = start < limit ? start : limit;
        page = new RequestView[](count);
        for (uint256 i; i < count; ++i) {
            uint256 id = start - 1 - i;
            page[i] = RequestView(id, _requests[id]);
        }
        next = start - count;
    }

    /// @notice One request.
    /// @param requestId The request.
    function request(uint256 requestId) external view returns (Request memory) {
        if (requestId >= _requests.length) revert UnknownRequest(requestId);
        return _requests[requestId];
    }

    function _decide(uint256 requestId, RequestStatus status) private returns (Request storage decided) {
        decided = _openRequest(requestId);
        decided.status = status;
        decided.decidedAtBlock = uint40(block.number);
    }

    function _openRequest(uint256 requestId) private view returns (Request storage open) {
        if (requestId >= _requests.length) revert UnknownRequest(requestId);
        open = _requests[requestId];
        if (open.status != RequestStatus.Open) revert RequestNotOpen(requestId, open.status);
    }
}
