// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IResourceAllocation
/// @notice The types, events and errors of CareChain's resource inventory and its request workflow.
/// @dev Every event names the account that caused it (`by`), so an audit history needs nothing but the logs.
interface IResourceAllocation {
    /// @notice A kind of resource and how many units of it exist and are held by facilities.
    struct ResourceType {
        uint128 total;
        uint128 allocated;
        string name;
        string unit;
    }

    /// @notice A hospital or department that holds units.
    struct Facility {
        address manager;
        bool active;
        string name;
    }

    /// @notice Where a facility manager's request stands.
    enum RequestStatus {
        None,
        Open,
        Approved,
        Denied,
        Cancelled
    }

    /// @notice A facility manager's request for units.
    /// @dev Packed in two slots; the blocks let an app fetch the request's reason and decision from exactly
    /// the logs of those blocks.
    struct Request {
        uint32 resourceId;
        uint32 facilityId;
        uint128 quantity;
        RequestStatus status;
        uint40 requestedAtBlock;
        address requester;
        uint40 decidedAtBlock;
    }

    /// @notice One line of a batch allocation.
    struct Allocation {
        uint32 resourceId;
        uint32 facilityId;
        uint128 quantity;
    }

    /// @notice A resource type as views return it, with its id.
    struct ResourceView {
        uint256 id;
        uint128 total;
        uint128 allocated;
        string name;
        string unit;
    }

    /// @notice A facility as views return it, with its id.
    struct FacilityView {
        uint256 id;
        address manager;
        bool active;
        string name;
    }

    /// @notice A request as views return it, with its id.
    struct RequestView {
        uint256 id;
        Request request;
    }

    /// @notice A resource type was added.
    /// @param resourceId Its id.
    /// @param name Its name ("ICU beds").
    /// @param unit Its unit ("beds").
    /// @param total Its starting capacity.
    /// @param by The administrator.
    event ResourceTypeAdded(
        uint256 indexed resourceId, string name, string unit, uint256 total, address indexed by
    );
    /// @notice A resource type's total capacity changed.
    /// @param resourceId The type.
    /// @param previousTotal The capacity before.
    /// @param newTotal The capacity now.
    /// @param by The administrator.
    event CapacityChanged(
        uint256 indexed resourceId, uint256 previousTotal, uint256 newTotal, address indexed by
    );
    /// @notice A facility was registered.
    /// @param facilityId Its id.
    /// @param name Its name.
    /// @param manager The account that requests and releases units for it.
    /// @param by The administrator.
    event FacilityRegistered(
        uint256 indexed facilityId, string name, address indexed manager, address indexed by
    );
    /// @notice A facility's manager was replaced.
    /// @param facilityId The facility.
    /// @param previousManager The manager before.
    /// @param newManager The manager now.
    /// @param by The administrator.
    event FacilityManagerChanged(
        uint256 indexed facilityId, address previousManager, address indexed newManager, address indexed by
    );
    /// @notice A facility was deactivated or reactivated.
    /// @param facilityId The facility.
    /// @param active Whether it can now receive units.
    /// @param by The administrator.
    event FacilityActiveChanged(uint256 indexed facilityId, bool active, address indexed by);
    /// @notice Units moved from the pool to a facility.
    /// @param resourceId The type.
    /// @param facilityId The facility.
    /// @param quantity How many units.
    /// @param by The allocator or administrator.
    event Allocated(
        uint256 indexed resourceId, uint256 indexed facilityId, uint256 quantity, address indexed by
    );
    /// @notice Units went back from a facility to the pool.
    /// @param resourceId The type.
    /// @param facilityId The facility.
    /// @param quantity How many units.
    /// @param by The facility's manager or an administrator.
    event Released(
        uint256 indexed resourceId, uint256 indexed facilityId, uint256 quantity, address indexed by
    );
    /// @notice Units moved between two facilities.
    /// @param resourceId The type.
    /// @param fromFacilityId The facility giving them.
    /// @param toFacilityId The facility receiving them.
    /// @param quantity How many units.
    /// @param by The allocator or administrator.
    event Transferred(
        uint256 indexed resourceId,
        uint256 fromFacilityId,
        uint256 toFacilityId,
        uint256 quantity,
        address indexed by
    );
    /// @notice A facility manager asked for units.
    /// @param requestId The request's id.
    /// @param resourceId The type.
    /// @param facilityId The facility.
    /// @param quantity How many units.
    /// @param by The requesting manager.
    /// @param reason A short operational reason, never patient data.
    event AllocationRequested(
        uint256 indexed requestId,
        uint256 indexed resourceId,
        uint256 indexed facilityId,
        uint256 quantity,
        address by,
        string reason
    );
    /// @notice A request was approved and its units allocated.
    /// @param requestId The request.
    /// @param by The allocator or administrator.
    event RequestApproved(uint256 indexed requestId, address indexed by);
    /// @notice A request was denied.
    /// @param requestId The request.
    /// @param by The allocator or administrator.
    /// @param reason Why, in a few words.
    event RequestDenied(uint256 indexed requestId, address indexed by, string reason);
    /// @notice A manager withdrew their own request.
    /// @param requestId The request.
    /// @param by The manager.
    event RequestCancelled(uint256 indexed requestId, address indexed by);

    /// @notice No resource type has this id.
    /// @param resourceId The id given.
    error UnknownResource(uint256 resourceId);
    /// @notice No facility has this id.
    /// @param facilityId The id given.
    error UnknownFacility(uint256 facilityId);
    /// @notice No request has this id.
    /// @param requestId The id given.
    error UnknownRequest(uint256 requestId);
    /// @notice The facility is deactivated and receives nothing new.
    /// @param facilityId The facility.
    error FacilityInactive(uint256 facilityId);
    /// @notice The pool holds fewer units than asked for.
    /// @param resourceId The type.
    /// @param requested Units asked for.
    /// @param available Units in the pool.
    error InsufficientAvailable(uint256 resourceId, uint256 requested, uint256 available);
    /// @notice The facility holds fewer units than asked for.
    /// @param resourceId The type.
    /// @param facilityId The facility.
    /// @param requested Units asked for.
    /// @param held Units it holds.
    error InsufficientHolding(uint256 resourceId, uint256 facilityId, uint256 requested, uint256 held);
    /// @notice Capacity cannot go below what facilities hold.
    /// @param resourceId The type.
    /// @param newTotal The capacity asked for.
    /// @param allocated Units held by facilities.
    error CapacityBelowAllocated(uint256 resourceId, uint256 newTotal, uint256 allocated);
    /// @notice More units than any one resource type's pool may count ({ResourceInventory-MAX_UNITS}).
    /// @param units The units given.
    /// @param max The most allowed.
    error TooManyUnits(uint256 units, uint256 max);
    /// @notice A transfer's two facilities are the same.
    /// @param facilityId The facility.
    error SameFacility(uint256 facilityId);
    /// @notice Only the facility's manager (or, where stated, an administrator) may do this.
    /// @param account The caller.
    /// @param facilityId The facility.
    error NotFacilityManager(address account, uint256 facilityId);
    /// @notice Only the manager who made a request may withdraw it.
    /// @param account The caller.
    /// @param requestId The request.
    error NotRequester(address account, uint256 requestId);
    /// @notice The request was already decided or withdrawn.
    /// @param requestId The request.
    /// @param status Where it stands.
    error RequestNotOpen(uint256 requestId, RequestStatus status);
    /// @notice A batch allocation had no lines.
    error EmptyBatch();
}
