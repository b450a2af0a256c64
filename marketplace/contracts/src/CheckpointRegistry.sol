// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {JobEscrow} from "./JobEscrow.sol";

/// @title CheckpointRegistry records, per job of a JobEscrow, the model
/// checkpoints a quorum of the job's verifiers approved, and the job's report.
/// @notice The approver set and quorum are the job's verifiers and quorum in
/// the escrow (read through getJob), so one set both voids receipts and
/// approves checkpoints, and nobody can change it after the job is posted.
/// A checkpoint hash is accepted at most once, across all jobs; a job's
/// rounds only go up. The report CID is set once per job by its customer.
contract CheckpointRegistry is EIP712 {
    bytes32 public constant APPROVAL_TYPEHASH =
        keccak256("CheckpointApproval(bytes32 jobId,uint64 round,bytes32 checkpointHash,string modelCid)");

    struct Checkpoint {
        bytes32 jobId;
        uint64 round;
        uint64 acceptedAt;
    }

    JobEscrow public immutable escrow;

    mapping(bytes32 => Checkpoint) private _checkpoints;
    /// @notice The lowest round the job's next checkpoint may have.
    mapping(bytes32 => uint64) public nextRound;
    mapping(bytes32 => string) private _reports;

    event CheckpointAccepted(bytes32 indexed jobId, uint64 indexed round, bytes32 indexed checkpointHash, string modelCid);
    event ReportRecorded(bytes32 indexed jobId, address indexed customer, string reportCid);

    error EmptyField(string field);
    error JobNotFound(bytes32 jobId);
    error NoApprovers(bytes32 jobId);
    error CheckpointAlreadyAccepted(bytes32 checkpointHash, bytes32 jobId, uint64 round);
    error RoundNotIncreasing(bytes32 jobId, uint64 round, uint64 nextRound);
    error BadApprovalSignature(uint256 index);
    error ApproversNotSorted(uint256 index);
    error NotApprover(bytes32 jobId, address signer);
    error ApprovalQuorumNotReached(uint256 signatures, uint8 quorum);
    error NotCustomer(bytes32 jobId, address caller);
    error ReportAlreadyRecorded(bytes32 jobId, string reportCid);

    constructor(JobEscrow escrow_) EIP712("DML CheckpointRegistry", "1") {
        escrow = escrow_;
    }

    /// @notice The EIP-712 digest each approver signs.
    function approvalDigest(bytes32 jobId, uint64 round, bytes32 checkpointHash, string calldata modelCid)
        public
        view
        returns (bytes32)
    {
        return _hashTypedDataV4(keccak256(abi.encode(APPROVAL_TYPEHASH, jobId, round, checkpointHash, keccak256(bytes(modelCid)))));
    }

    /// @notice Accept a checkpoint of a job's round with signatures of at
    /// least quorum of the job's verifiers, ordered by signer address,
    /// ascending (so each counts once). Anyone may send it.
    function approveCheckpoint(
        bytes32 jobId,
        uint64 round,
        bytes32 checkpointHash,
        string calldata modelCid,
        bytes[] calldata signatures
    ) external {
        if (checkpointHash == bytes32(0)) revert EmptyField("checkpointHash");
        if (bytes(modelCid).length == 0) revert EmptyField("modelCid");
        Checkpoint storage c = _checkpoints[checkpointHash];
        if (c.jobId != bytes32(0)) revert CheckpointAlreadyAccepted(checkpointHash, c.jobId, c.round);
        uint64 next = nextRound[jobId];
        if (round < next) revert RoundNotIncreasing(jobId, round, next);
        JobEscrow.Job memory j = escrow.getJob(jobId);
        if (j.customer == address(0)) revert JobNotFound(jobId);
        if (j.quorum == 0) revert NoApprovers(jobId);
        bytes32 digest = approvalDigest(jobId, round, checkpointHash, modelCid);
        address last;
        for (uint256 i = 0; i < signatures.length; i++) {
            (address signer, ECDSA.RecoverError rerr,) = ECDSA.tryRecover(digest, signatures[i]);
            if (rerr != ECDSA.RecoverError.NoError) revert BadApprovalSignature(i);
            if (signer <= last) revert ApproversNotSorted(i);
            if (!_contains(j.verifiers, signer)) revert NotApprover(jobId, signer);
            last = signer;
        }
        if (signatures.length < j.quorum) revert ApprovalQuorumNotReached(signatures.length, j.quorum);
        c.jobId = jobId;
        c.round = round;
        c.acceptedAt = uint64(block.timestamp);
        nextRound[jobId] = round + 1;
        emit CheckpointAccepted(jobId, round, checkpointHash, modelCid);
    }

    /// @notice Where and when a checkpoint was accepted (jobId 0: never).
    function checkpointOf(bytes32 checkpointHash) external view returns (Checkpoint memory) {
        return _checkpoints[checkpointHash];
    }

    /// @notice Record the job's report CID. Only the job's customer may, and
    /// only once: the same CID again changes nothing, another one reverts.
    function recordReport(bytes32 jobId, string calldata reportCid) external {
        if (bytes(reportCid).length == 0) revert EmptyField("reportCid");
        JobEscrow.Job memory j = escrow.getJob(jobId);
        if (j.customer == address(0)) revert JobNotFound(jobId);
        if (msg.sender != j.customer) revert NotCustomer(jobId, msg.sender);
        string storage cur = _reports[jobId];
        if (bytes(cur).length != 0) {
            if (keccak256(bytes(cur)) == keccak256(bytes(reportCid))) return;
            revert ReportAlreadyRecorded(jobId, cur);
        }
        _reports[jobId] = reportCid;
        emit ReportRecorded(jobId, msg.sender, reportCid);
    }

    /// @notice The job's report CID ("" until recorded).
    function reportOf(bytes32 jobId) external view returns (string memory) {
        return _reports[jobId];
    }

    function _contains(address[] memory set, address a) private pure returns (bool) {
        for (uint256 i = 0; i < set.length; i++) {
            if (set[i] == a) return true;
        }
        return false;
    }
}
