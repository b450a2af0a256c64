// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {AlgorithmRegistry} from "./AlgorithmRegistry.sol";

/// @title JobEscrow holds a customer's deposit for a job and pays devices by gas.
/// @notice Post (deposit pulled) -> claim a slot -> submit a device-signed
/// EIP-712 receipt -> after the challenge window anyone settles: the device
/// gets min(gasUsed, gasLimit) * gasPrice, the author pricePerRun plus a
/// royalty on that. A quorum of the job's verifiers may void a receipt inside
/// the window. After the deadline the customer gets back what no live receipt
/// holds. Jobs are keyed by a customer-chosen id, receipts by their digest.
contract JobEscrow is EIP712 {
    using SafeERC20 for IERC20;

    bytes32 public constant RECEIPT_TYPEHASH = keccak256(
        "Receipt(bytes32 jobId,address device,string moduleCid,bytes32 moduleSha256,bytes32 inputCommitment,bytes32 paramsSha256,bytes32 modelSha256,bytes32 resultHash,string status,uint64 gasUsed,uint64 gasLimit,string gasTable,string determinism,uint32 abiVersion,string runtimeVersion)"
    );
    bytes32 public constant VOID_TYPEHASH =
        keccak256("Void(bytes32 receiptId,bytes32 inputCommitment,bytes32 resultHash)");
    uint256 public constant MAX_VERIFIERS = 32;
    uint256 private constant BPS = 10000;

    enum Slot {
        None,
        Claimed,
        Submitted
    }

    enum ReceiptState {
        None,
        Submitted,
        Settled,
        Voided
    }

    struct JobInput {
        bytes32 jobId;
        bytes32 listingId;
        string paramsCid;
        string modelCid;
        uint64 gasLimit;
        uint256 gasPrice;
        uint32 devicesWanted;
        uint64 deadline;
        address[] verifiers;
        uint8 quorum;
    }

    struct Job {
        address customer;
        uint64 deadline;
        uint32 devicesWanted;
        address author;
        uint64 gasLimit;
        uint32 claimed;
        uint16 royaltyBps;
        uint8 quorum;
        uint32 submitted;
        bytes32 listingId;
        uint256 gasPrice;
        uint256 pricePerRun;
        uint256 deposit;
        uint256 committed;
        uint256 paid;
        uint256 refunded;
        string paramsCid;
        string modelCid;
        address[] verifiers;
    }

    struct ReceiptInput {
        bytes32 jobId;
        address device;
        string moduleCid;
        bytes32 moduleSha256;
        bytes32 inputCommitment;
        bytes32 paramsSha256;
        bytes32 modelSha256;
        bytes32 resultHash;
        string status;
        uint64 gasUsed;
        uint64 gasLimit;
        string gasTable;
        string determinism;
        uint32 abiVersion;
        string runtimeVersion;
    }

    struct ReceiptRecord {
        bytes32 jobId;
        address device;
        uint64 submittedAt;
        ReceiptState state;
        uint128 devicePay;
        uint128 authorFee;
        bytes32 inputCommitment;
        bytes32 resultHash;
    }

    IERC20 public immutable token;
    AlgorithmRegistry public immutable registry;
    uint64 public immutable challengeWindow;

    mapping(bytes32 => Job) private _jobs;
    mapping(bytes32 => mapping(address => Slot)) public slotOf;
    mapping(bytes32 => ReceiptRecord) private _receipts;

    event JobPosted(bytes32 indexed jobId, address indexed customer, bytes32 indexed listingId, uint256 deposit);
    event SlotClaimed(bytes32 indexed jobId, address indexed device);
    event ReceiptSubmitted(
        bytes32 indexed receiptId, bytes32 indexed jobId, address indexed device, bytes32 resultHash, uint64 gasUsed, uint256 devicePay, uint256 authorFee
    );
    event ReceiptSettled(bytes32 indexed receiptId, bytes32 indexed jobId, address indexed device, uint256 devicePay, uint256 authorFee);
    event ReceiptVoided(bytes32 indexed receiptId, bytes32 indexed jobId, bytes32 reexecResultHash);
    event Refunded(bytes32 indexed jobId, address indexed customer, uint256 amount);

    error EmptyField(string field);
    error JobExists(bytes32 jobId);
    error JobNotFound(bytes32 jobId);
    error ListingNotFound(bytes32 listingId);
    error ListingDeprecated(bytes32 listingId);
    error GasPriceTooLow(uint256 gasPrice, uint256 minGasPrice);
    error DeadlineInPast(uint64 deadline, uint256 now_);
    error TooManyVerifiers(uint256 count, uint256 max);
    error BadQuorum(uint8 quorum, uint256 verifiers);
    error JobExpired(bytes32 jobId, uint64 deadline);
    error JobNotExpired(bytes32 jobId, uint64 deadline);
    error AlreadyClaimed(bytes32 jobId, address device);
    error NoSlotLeft(bytes32 jobId, uint32 devicesWanted);
    error SlotNotClaimed(bytes32 jobId, address device);
    error SlotAlreadySubmitted(bytes32 jobId, address device);
    error ReceiptReplayed(bytes32 receiptId);
    error BadReceiptSignature(address device, address signer);
    error ReceiptGasLimitTooHigh(uint64 receiptGasLimit, uint64 jobGasLimit);
    error ReceiptNotFound(bytes32 receiptId);
    error ReceiptAlreadySettled(bytes32 receiptId);
    error ReceiptIsVoided(bytes32 receiptId);
    error ChallengeWindowOpen(bytes32 receiptId, uint256 settleableAt);
    error ChallengeWindowClosed(bytes32 receiptId, uint256 closedAt);
    error SameResultHash(bytes32 receiptId);
    error NoVerifiers(bytes32 jobId);
    error BadVoidSignature(uint256 index);
    error VoidSignersNotSorted(uint256 index);
    error NotVerifier(bytes32 jobId, address signer);
    error QuorumNotReached(uint256 signatures, uint8 quorum);
    error NothingToRefund(bytes32 jobId);

    constructor(IERC20 token_, AlgorithmRegistry registry_, uint64 challengeWindow_) EIP712("DML JobEscrow", "1") {
        token = token_;
        registry = registry_;
        challengeWindow = challengeWindow_;
    }

    // ---- jobs ----

    /// @notice The deposit a job needs: per device the full gas limit at the
    /// gas price, the author's price per run and the royalty on the gas.
    function depositFor(uint64 gasLimit, uint256 gasPrice, uint32 devicesWanted, uint256 pricePerRun, uint16 royaltyBps)
        public
        pure
        returns (uint256)
    {
        uint256 gasPay = uint256(gasLimit) * gasPrice;
        return (gasPay + pricePerRun + (gasPay * royaltyBps) / BPS) * devicesWanted;
    }

    /// @notice Post a job and pull its deposit (approve this contract first).
    function postJob(JobInput calldata in_) external returns (uint256 deposit) {
        if (in_.jobId == bytes32(0)) revert EmptyField("jobId");
        if (_jobs[in_.jobId].customer != address(0)) revert JobExists(in_.jobId);
        (address author, uint256 price, uint16 royaltyBps, uint256 minGasPrice, bool deprecated) = registry.terms(in_.listingId);
        if (author == address(0)) revert ListingNotFound(in_.listingId);
        if (deprecated) revert ListingDeprecated(in_.listingId);
        if (in_.gasPrice < minGasPrice) revert GasPriceTooLow(in_.gasPrice, minGasPrice);
        if (in_.gasLimit == 0) revert EmptyField("gasLimit");
        if (in_.devicesWanted == 0) revert EmptyField("devicesWanted");
        if (in_.deadline <= block.timestamp) revert DeadlineInPast(in_.deadline, block.timestamp);
        uint256 nv = in_.verifiers.length;
        if (nv > MAX_VERIFIERS) revert TooManyVerifiers(nv, MAX_VERIFIERS);
        if (in_.quorum > nv || (nv > 0 && in_.quorum == 0)) revert BadQuorum(in_.quorum, nv);

        deposit = depositFor(in_.gasLimit, in_.gasPrice, in_.devicesWanted, price, royaltyBps);
        Job storage j = _jobs[in_.jobId];
        j.customer = msg.sender;
        j.deadline = in_.deadline;
        j.devicesWanted = in_.devicesWanted;
        j.author = author;
        j.gasLimit = in_.gasLimit;
        j.royaltyBps = royaltyBps;
        j.quorum = in_.quorum;
        j.listingId = in_.listingId;
        j.gasPrice = in_.gasPrice;
        j.pricePerRun = price;
        j.deposit = deposit;
        j.paramsCid = in_.paramsCid;
        j.modelCid = in_.modelCid;
        j.verifiers = in_.verifiers;
        emit JobPosted(in_.jobId, msg.sender, in_.listingId, deposit);
        token.safeTransferFrom(msg.sender, address(this), deposit);
    }

    /// @notice Take one of the job's device slots (before its deadline).
    function claim(bytes32 jobId) external {
        Job storage j = _jobs[jobId];
        if (j.customer == address(0)) revert JobNotFound(jobId);
        if (block.timestamp > j.deadline) revert JobExpired(jobId, j.deadline);
        if (slotOf[jobId][msg.sender] != Slot.None) revert AlreadyClaimed(jobId, msg.sender);
        if (j.claimed >= j.devicesWanted) revert NoSlotLeft(jobId, j.devicesWanted);
        j.claimed += 1;
        slotOf[jobId][msg.sender] = Slot.Claimed;
        emit SlotClaimed(jobId, msg.sender);
    }

    /// @notice After the deadline, return to the customer what no live receipt holds.
    function refund(bytes32 jobId) external returns (uint256 amount) {
        Job storage j = _jobs[jobId];
        if (j.customer == address(0)) revert JobNotFound(jobId);
        if (block.timestamp <= j.deadline) revert JobNotExpired(jobId, j.deadline);
        amount = j.deposit - j.committed - j.refunded;
        if (amount == 0) revert NothingToRefund(jobId);
        j.refunded += amount;
        emit Refunded(jobId, j.customer, amount);
        token.safeTransfer(j.customer, amount);
    }

    /// @notice What refund would pay now (0 before the deadline).
    function refundable(bytes32 jobId) external view returns (uint256) {
        Job storage j = _jobs[jobId];
        if (j.customer == address(0) || block.timestamp <= j.deadline) return 0;
        return j.deposit - j.committed - j.refunded;
    }

    function getJob(bytes32 jobId) external view returns (Job memory) {
        return _jobs[jobId];
    }

    // ---- receipts ----

    /// @notice The EIP-712 digest a device signs; it is also the receipt id.
    function receiptDigest(ReceiptInput calldata r) public view returns (bytes32) {
        bytes memory head = abi.encode(
            RECEIPT_TYPEHASH,
            r.jobId,
            r.device,
            keccak256(bytes(r.moduleCid)),
            r.moduleSha256,
            r.inputCommitment,
            r.paramsSha256,
            r.modelSha256,
            r.resultHash
        );
        bytes memory tail = abi.encode(
            keccak256(bytes(r.status)),
            r.gasUsed,
            r.gasLimit,
            keccak256(bytes(r.gasTable)),
            keccak256(bytes(r.determinism)),
            r.abiVersion,
            keccak256(bytes(r.runtimeVersion))
        );
        return _hashTypedDataV4(keccak256(bytes.concat(head, tail)));
    }

    /// @notice Record a device-signed receipt for a claimed slot; returns its id.
    function submitReceipt(ReceiptInput calldata r, bytes calldata signature) external returns (bytes32 receiptId) {
        receiptId = receiptDigest(r);
        if (_receipts[receiptId].state != ReceiptState.None) revert ReceiptReplayed(receiptId);
        (address signer, ECDSA.RecoverError rerr,) = ECDSA.tryRecover(receiptId, signature);
        if (rerr != ECDSA.RecoverError.NoError || signer != r.device) revert BadReceiptSignature(r.device, signer);
        Job storage j = _jobs[r.jobId];
        if (j.customer == address(0)) revert JobNotFound(r.jobId);
        if (block.timestamp > j.deadline) revert JobExpired(r.jobId, j.deadline);
        Slot s = slotOf[r.jobId][r.device];
        if (s == Slot.None) revert SlotNotClaimed(r.jobId, r.device);
        if (s == Slot.Submitted) revert SlotAlreadySubmitted(r.jobId, r.device);
        if (r.gasLimit > j.gasLimit) revert ReceiptGasLimitTooHigh(r.gasLimit, j.gasLimit);

        uint256 gas = r.gasUsed < j.gasLimit ? r.gasUsed : j.gasLimit;
        uint256 devicePay = gas * j.gasPrice;
        uint256 authorFee = j.pricePerRun + (devicePay * j.royaltyBps) / BPS;
        slotOf[r.jobId][r.device] = Slot.Submitted;
        j.submitted += 1;
        j.committed += devicePay + authorFee;
        _receipts[receiptId] = ReceiptRecord({
            jobId: r.jobId,
            device: r.device,
            submittedAt: uint64(block.timestamp),
            state: ReceiptState.Submitted,
            devicePay: SafeCast.toUint128(devicePay),
            authorFee: SafeCast.toUint128(authorFee),
            inputCommitment: r.inputCommitment,
            resultHash: r.resultHash
        });
        emit ReceiptSubmitted(receiptId, r.jobId, r.device, r.resultHash, r.gasUsed, devicePay, authorFee);
    }

    function getReceipt(bytes32 receiptId) external view returns (ReceiptRecord memory) {
        return _receipts[receiptId];
    }

    // ---- settlement ----

    /// @notice Pay one receipt whose challenge window has passed.
    function settle(bytes32 receiptId) external {
        ReceiptRecord storage r = _receipts[receiptId];
        _checkSettleable(r, receiptId);
        r.state = ReceiptState.Settled;
        Job storage j = _jobs[r.jobId];
        uint256 devicePay = r.devicePay;
        uint256 authorFee = r.authorFee;
        j.paid += devicePay + authorFee;
        emit ReceiptSettled(receiptId, r.jobId, r.device, devicePay, authorFee);
        if (devicePay > 0) token.safeTransfer(r.device, devicePay);
        if (authorFee > 0) token.safeTransfer(j.author, authorFee);
    }

    /// @notice Pay many receipts in one transaction. Receipts already settled
    /// or voided are skipped, so a retried batch never pays twice; fees to the
    /// same author in consecutive receipts go out in one transfer.
    function settleBatch(bytes32[] calldata receiptIds) external returns (uint256 settled) {
        bytes32 curJob;
        Job storage j = _jobs[bytes32(0)];
        uint256 jobPaid;
        address author;
        uint256 authorOwed;
        for (uint256 i = 0; i < receiptIds.length; i++) {
            ReceiptRecord storage r = _receipts[receiptIds[i]];
            ReceiptState st = r.state;
            if (st == ReceiptState.Settled || st == ReceiptState.Voided) continue;
            _checkSettleable(r, receiptIds[i]);
            r.state = ReceiptState.Settled;
            bytes32 jobId = r.jobId;
            if (jobId != curJob) {
                if (jobPaid > 0) j.paid += jobPaid;
                jobPaid = 0;
                curJob = jobId;
                j = _jobs[jobId];
                address a = j.author;
                if (a != author) {
                    if (authorOwed > 0) token.safeTransfer(author, authorOwed);
                    authorOwed = 0;
                    author = a;
                }
            }
            uint256 devicePay = r.devicePay;
            uint256 authorFee = r.authorFee;
            jobPaid += devicePay + authorFee;
            authorOwed += authorFee;
            emit ReceiptSettled(receiptIds[i], jobId, r.device, devicePay, authorFee);
            if (devicePay > 0) token.safeTransfer(r.device, devicePay);
            settled++;
        }
        if (jobPaid > 0) j.paid += jobPaid;
        if (authorOwed > 0) token.safeTransfer(author, authorOwed);
    }

    function _checkSettleable(ReceiptRecord storage r, bytes32 receiptId) private view {
        ReceiptState st = r.state;
        if (st == ReceiptState.None) revert ReceiptNotFound(receiptId);
        if (st == ReceiptState.Settled) revert ReceiptAlreadySettled(receiptId);
        if (st == ReceiptState.Voided) revert ReceiptIsVoided(receiptId);
        uint256 settleableAt = uint256(r.submittedAt) + challengeWindow;
        if (block.timestamp < settleableAt) revert ChallengeWindowOpen(receiptId, settleableAt);
    }

    // ---- challenges ----

    /// @notice The EIP-712 digest each verifier signs to void a receipt.
    function voidDigest(bytes32 receiptId, bytes32 inputCommitment, bytes32 resultHash) public view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(VOID_TYPEHASH, receiptId, inputCommitment, resultHash)));
    }

    /// @notice Void a receipt inside its challenge window: a quorum of the
    /// job's verifiers re-ran the same input commitment and got a different
    /// result hash. Signatures must be ordered by signer address, ascending.
    function voidReceipt(bytes32 receiptId, bytes32 reexecResultHash, bytes[] calldata signatures) external {
        ReceiptRecord storage r = _receipts[receiptId];
        ReceiptState st = r.state;
        if (st == ReceiptState.None) revert ReceiptNotFound(receiptId);
        if (st == ReceiptState.Settled) revert ReceiptAlreadySettled(receiptId);
        if (st == ReceiptState.Voided) revert ReceiptIsVoided(receiptId);
        uint256 closesAt = uint256(r.submittedAt) + challengeWindow;
        if (block.timestamp >= closesAt) revert ChallengeWindowClosed(receiptId, closesAt);
        if (reexecResultHash == r.resultHash) revert SameResultHash(receiptId);
        Job storage j = _jobs[r.jobId];
        if (j.quorum == 0) revert NoVerifiers(r.jobId);
        bytes32 digest = voidDigest(receiptId, r.inputCommitment, reexecResultHash);
        address last;
        for (uint256 i = 0; i < signatures.length; i++) {
            (address signer, ECDSA.RecoverError rerr,) = ECDSA.tryRecover(digest, signatures[i]);
            if (rerr != ECDSA.RecoverError.NoError) revert BadVoidSignature(i);
            if (signer <= last) revert VoidSignersNotSorted(i);
            if (!_isVerifier(j, signer)) revert NotVerifier(r.jobId, signer);
            last = signer;
        }
        if (signatures.length < j.quorum) revert QuorumNotReached(signatures.length, j.quorum);
        r.state = ReceiptState.Voided;
        j.committed -= uint256(r.devicePay) + uint256(r.authorFee);
        emit ReceiptVoided(receiptId, r.jobId, reexecResultHash);
    }

    function _isVerifier(Job storage j, address a) private view returns (bool) {
        address[] storage vs = j.verifiers;
        for (uint256 i = 0; i < vs.length; i++) {
            if (vs[i] == a) return true;
        }
        return false;
    }
}
