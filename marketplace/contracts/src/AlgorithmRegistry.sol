// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";

/// @title AlgorithmRegistry holds signed algorithm listings, by version.
/// @notice A listing is signed by its author (EIP-712, over the manifest hash
/// and every priced field); anyone may submit it, the chain checks the
/// signature. Listing ids are the EIP-712 digest, so publishing is idempotent.
contract AlgorithmRegistry is EIP712 {
    bytes32 public constant LISTING_TYPEHASH = keccak256(
        "Listing(address author,string name,uint32 version,string moduleCid,string manifestCid,bytes32 manifestHash,uint256 pricePerRun,uint16 royaltyBps,uint256 minGasPrice)"
    );
    uint16 public constant MAX_ROYALTY_BPS = 10000;

    struct ListingInput {
        address author;
        string name;
        uint32 version;
        string moduleCid;
        string manifestCid;
        bytes32 manifestHash;
        uint256 pricePerRun;
        uint16 royaltyBps;
        uint256 minGasPrice;
    }

    struct Listing {
        address author;
        uint32 version;
        uint16 royaltyBps;
        bool deprecated;
        uint64 publishedAt;
        bytes32 manifestHash;
        uint256 pricePerRun;
        uint256 minGasPrice;
        string name;
        string moduleCid;
        string manifestCid;
        bytes signature;
    }

    mapping(bytes32 => Listing) private _listings;
    /// @notice latest[author][keccak256(name)] is the newest listing id of that algorithm.
    mapping(address => mapping(bytes32 => bytes32)) public latest;

    event ListingPublished(bytes32 indexed listingId, address indexed author, string name, uint32 version, string moduleCid, string manifestCid);
    event ListingDeprecated(bytes32 indexed listingId, address indexed author);

    error ListingExists(bytes32 listingId);
    error ListingNotFound(bytes32 listingId);
    error BadListingSignature(address author, address signer);
    error VersionNotNewer(uint32 version, uint32 latestVersion);
    error RoyaltyTooHigh(uint16 royaltyBps);
    error EmptyField(string field);
    error NotAuthor(address caller, address author);
    error AlreadyDeprecated(bytes32 listingId);

    constructor() EIP712("DML AlgorithmRegistry", "1") {}

    /// @notice The EIP-712 digest an author signs; it is also the listing id.
    function listingDigest(ListingInput calldata l) public view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(
                abi.encode(
                    LISTING_TYPEHASH,
                    l.author,
                    keccak256(bytes(l.name)),
                    l.version,
                    keccak256(bytes(l.moduleCid)),
                    keccak256(bytes(l.manifestCid)),
                    l.manifestHash,
                    l.pricePerRun,
                    l.royaltyBps,
                    l.minGasPrice
                )
            )
        );
    }

    /// @notice Register a listing signed by its author; returns its id.
    function publish(ListingInput calldata l, bytes calldata signature) external returns (bytes32 listingId) {
        if (bytes(l.name).length == 0) revert EmptyField("name");
        if (bytes(l.moduleCid).length == 0) revert EmptyField("moduleCid");
        if (bytes(l.manifestCid).length == 0) revert EmptyField("manifestCid");
        if (l.royaltyBps > MAX_ROYALTY_BPS) revert RoyaltyTooHigh(l.royaltyBps);
        listingId = listingDigest(l);
        if (_listings[listingId].author != address(0)) revert ListingExists(listingId);
        (address signer, ECDSA.RecoverError rerr,) = ECDSA.tryRecover(listingId, signature);
        if (rerr != ECDSA.RecoverError.NoError || signer != l.author) revert BadListingSignature(l.author, signer);
        bytes32 nameKey = keccak256(bytes(l.name));
        bytes32 prev = latest[l.author][nameKey];
        if (prev != bytes32(0) && l.version <= _listings[prev].version) {
            revert VersionNotNewer(l.version, _listings[prev].version);
        }
        latest[l.author][nameKey] = listingId;
        Listing storage s = _listings[listingId];
        s.author = l.author;
        s.version = l.version;
        s.royaltyBps = l.royaltyBps;
        s.publishedAt = uint64(block.timestamp);
        s.manifestHash = l.manifestHash;
        s.pricePerRun = l.pricePerRun;
        s.minGasPrice = l.minGasPrice;
        s.name = l.name;
        s.moduleCid = l.moduleCid;
        s.manifestCid = l.manifestCid;
        s.signature = signature;
        emit ListingPublished(listingId, l.author, l.name, l.version, l.moduleCid, l.manifestCid);
    }

    /// @notice Mark a listing as deprecated: no new jobs may use it.
    function deprecate(bytes32 listingId) external {
        Listing storage s = _listings[listingId];
        if (s.author == address(0)) revert ListingNotFound(listingId);
        if (msg.sender != s.author) revert NotAuthor(msg.sender, s.author);
        if (s.deprecated) revert AlreadyDeprecated(listingId);
        s.deprecated = true;
        emit ListingDeprecated(listingId, s.author);
    }

    /// @notice The listing with this id (author is zero when there is none).
    function getListing(bytes32 listingId) external view returns (Listing memory) {
        return _listings[listingId];
    }

    /// @notice What an escrow needs to price a job, in one call.
    function terms(bytes32 listingId)
        external
        view
        returns (address author, uint256 pricePerRun, uint16 royaltyBps, uint256 minGasPrice, bool deprecated)
    {
        Listing storage s = _listings[listingId];
        return (s.author, s.pricePerRun, s.royaltyBps, s.minGasPrice, s.deprecated);
    }
}
