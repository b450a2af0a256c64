package marketplace

import (
	"context"
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"

	"github.com/decentralized-ml/dml/marketplace/bindings/jobescrow"
	"github.com/decentralized-ml/dml/receipt"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// SignedReceipt is the EIP-712 form of a receipt.Receipt: the fields that
// bind a run, plus the job, the device and its signature. Its digest is the
// receipt id on chain.
type SignedReceipt struct {
	JobID           common.Hash    `json:"job_id"`
	Device          common.Address `json:"device"`
	ModuleCID       string         `json:"module_cid"`
	ModuleSHA256    common.Hash    `json:"module_sha256"`
	InputCommitment common.Hash    `json:"input_commitment"`
	ParamsSHA256    common.Hash    `json:"params_sha256"`
	ModelSHA256     common.Hash    `json:"model_sha256"`
	ResultHash      common.Hash    `json:"result_hash"`
	Status          string         `json:"status"`
	GasUsed         uint64         `json:"gas_used"`
	GasLimit        uint64         `json:"gas_limit"`
	GasTable        string         `json:"gas_table"`
	Determinism     string         `json:"determinism"`
	ABIVersion      uint32         `json:"abi_version"`
	RuntimeVersion  string         `json:"runtime_version"`
	Signature       hexutil.Bytes  `json:"signature,omitempty"`
}

var receiptFields = []apitypes.Type{
	{Name: "jobId", Type: "bytes32"},
	{Name: "device", Type: "address"},
	{Name: "moduleCid", Type: "string"},
	{Name: "moduleSha256", Type: "bytes32"},
	{Name: "inputCommitment", Type: "bytes32"},
	{Name: "paramsSha256", Type: "bytes32"},
	{Name: "modelSha256", Type: "bytes32"},
	{Name: "resultHash", Type: "bytes32"},
	{Name: "status", Type: "string"},
	{Name: "gasUsed", Type: "uint64"},
	{Name: "gasLimit", Type: "uint64"},
	{Name: "gasTable", Type: "string"},
	{Name: "determinism", Type: "string"},
	{Name: "abiVersion", Type: "uint32"},
	{Name: "runtimeVersion", Type: "string"},
}

// FromReceipt makes the signable form of r for a job and device. The
// module CID is required: a job pays only for a module addressed by CID.
func FromReceipt(r *receipt.Receipt, jobID common.Hash, device common.Address) (*SignedReceipt, error) {
	if r.ModuleCID == "" {
		return nil, fmt.Errorf("%w: receipt has no module_cid: run the module by its CID", ErrInvalidInput)
	}
	if r.ABIVersion < 0 || r.ABIVersion > 1<<31 {
		return nil, fmt.Errorf("%w: abi_version %d out of range", ErrInvalidInput, r.ABIVersion)
	}
	s := &SignedReceipt{
		JobID: jobID, Device: device, ModuleCID: r.ModuleCID, Status: string(r.Status),
		GasUsed: r.GasUsed, GasLimit: r.GasLimit, GasTable: r.GasTable, Determinism: r.Determinism,
		ABIVersion: uint32(r.ABIVersion), RuntimeVersion: r.RuntimeVersion,
	}
	for _, f := range []struct {
		name string
		hex  string
		dst  *common.Hash
	}{
		{"module_sha256", r.ModuleSHA256, &s.ModuleSHA256},
		{"input_commitment", r.InputCommitment, &s.InputCommitment},
		{"params_sha256", r.ParamsSHA256, &s.ParamsSHA256},
		{"model_sha256", r.ModelSHA256, &s.ModelSHA256},
		{"result_hash", r.ResultHash, &s.ResultHash},
	} {
		h, err := parseHash32(f.hex)
		if err != nil {
			return nil, fmt.Errorf("%w: receipt %s: %v", ErrInvalidInput, f.name, err)
		}
		*f.dst = h
	}
	return s, nil
}

func parseHash32(s string) (common.Hash, error) {
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(b) != 32 {
		return common.Hash{}, fmt.Errorf("%q is not 64 hex digits", s)
	}
	return common.Hash(b), nil
}

// Digest is the EIP-712 digest a device signs for the escrow at escrow on
// chainID; it is also the receipt id.
func (s *SignedReceipt) Digest(chainID *big.Int, escrow common.Address) (common.Hash, error) {
	return typedDigest(escrowDomainName, chainID, escrow, "Receipt", receiptFields, apitypes.TypedDataMessage{
		"jobId":           hexutil.Bytes(s.JobID[:]),
		"device":          s.Device.Hex(),
		"moduleCid":       s.ModuleCID,
		"moduleSha256":    hexutil.Bytes(s.ModuleSHA256[:]),
		"inputCommitment": hexutil.Bytes(s.InputCommitment[:]),
		"paramsSha256":    hexutil.Bytes(s.ParamsSHA256[:]),
		"modelSha256":     hexutil.Bytes(s.ModelSHA256[:]),
		"resultHash":      hexutil.Bytes(s.ResultHash[:]),
		"status":          s.Status,
		"gasUsed":         u(s.GasUsed),
		"gasLimit":        u(s.GasLimit),
		"gasTable":        s.GasTable,
		"determinism":     s.Determinism,
		"abiVersion":      u(uint64(s.ABIVersion)),
		"runtimeVersion":  s.RuntimeVersion,
	})
}

// Sign sets Device and Signature.
func (s *SignedReceipt) Sign(device *Signer, chainID *big.Int, escrow common.Address) error {
	s.Device = device.Address
	d, err := s.Digest(chainID, escrow)
	if err != nil {
		return err
	}
	sig, err := device.SignHash(d[:])
	if err != nil {
		return err
	}
	s.Signature = sig
	return nil
}

// Verify checks that the receipt was signed by its device, unchanged.
func (s *SignedReceipt) Verify(chainID *big.Int, escrow common.Address) error {
	d, err := s.Digest(chainID, escrow)
	if err != nil {
		return err
	}
	signer, err := recoverSigner(d[:], s.Signature)
	if err != nil {
		return fmt.Errorf("receipt: %w", err)
	}
	if signer != s.Device {
		return fmt.Errorf("receipt: %w: signed by %s, device is %s: the receipt was changed after signing or signed with another key", ErrBadSignature, signer, s.Device)
	}
	return nil
}

func (s *SignedReceipt) input() jobescrow.JobEscrowReceiptInput {
	return jobescrow.JobEscrowReceiptInput{
		JobId: s.JobID, Device: s.Device, ModuleCid: s.ModuleCID, ModuleSha256: s.ModuleSHA256,
		InputCommitment: s.InputCommitment, ParamsSha256: s.ParamsSHA256, ModelSha256: s.ModelSHA256,
		ResultHash: s.ResultHash, Status: s.Status, GasUsed: s.GasUsed, GasLimit: s.GasLimit,
		GasTable: s.GasTable, Determinism: s.Determinism, AbiVersion: s.ABIVersion, RuntimeVersion: s.RuntimeVersion,
	}
}

// ReceiptState is where a receipt is in its life on chain.
type ReceiptState uint8

// Receipt states, as the escrow numbers them.
const (
	ReceiptNone ReceiptState = iota
	ReceiptSubmitted
	ReceiptSettled
	ReceiptVoided
)

func (s ReceiptState) String() string {
	switch s {
	case ReceiptSubmitted:
		return "submitted"
	case ReceiptSettled:
		return "settled"
	case ReceiptVoided:
		return "voided"
	}
	return "none"
}

// ReceiptRecord is what the escrow keeps of a submitted receipt.
type ReceiptRecord struct {
	ID              common.Hash    `json:"id"`
	JobID           common.Hash    `json:"job_id"`
	Device          common.Address `json:"device"`
	SubmittedAt     uint64         `json:"submitted_at"`
	State           ReceiptState   `json:"state"`
	DevicePay       *big.Int       `json:"device_pay"`
	AuthorFee       *big.Int       `json:"author_fee"`
	InputCommitment common.Hash    `json:"input_commitment"`
	ResultHash      common.Hash    `json:"result_hash"`
}

// Receipt reads a submitted receipt by id (State ReceiptNone when unknown).
func (c *Client) Receipt(ctx context.Context, id common.Hash) (*ReceiptRecord, error) {
	raw, err := c.escrow.CallRaw(c.callOpts(ctx), c.escrowABI.PackGetReceipt(id))
	if err != nil {
		return nil, chainError("read receipt", err)
	}
	r, err := c.escrowABI.UnpackGetReceipt(raw)
	if err != nil {
		return nil, fmt.Errorf("read receipt %s: %w", id, err)
	}
	return &ReceiptRecord{
		ID: id, JobID: r.JobId, Device: r.Device, SubmittedAt: r.SubmittedAt, State: ReceiptState(r.State),
		DevicePay: r.DevicePay, AuthorFee: r.AuthorFee, InputCommitment: r.InputCommitment, ResultHash: r.ResultHash,
	}, nil
}

// SubmitReceipt records a device-signed receipt (anyone may send it). The
// signature is checked here first; a receipt already on chain sends nothing.
func (c *Client) SubmitReceipt(ctx context.Context, from *Signer, s *SignedReceipt) (common.Hash, TxInfo, error) {
	if err := s.Verify(c.chainID, c.addrs.Escrow); err != nil {
		return common.Hash{}, TxInfo{}, fmt.Errorf("submit: %w", err)
	}
	id, _ := s.Digest(c.chainID, c.addrs.Escrow)
	rec, err := c.Receipt(ctx, id)
	if err != nil {
		return common.Hash{}, TxInfo{}, err
	}
	if rec.State != ReceiptNone {
		return id, TxInfo{}, nil
	}
	j, err := c.Job(ctx, s.JobID)
	if err != nil {
		return common.Hash{}, TxInfo{}, fmt.Errorf("submit: %w", err)
	}
	if s.GasLimit > j.GasLimit {
		return common.Hash{}, TxInfo{}, fmt.Errorf("submit: %w: receipt ran with %d gas, job allows %d: re-run with --gas-limit %d", ErrReceiptOverGasLimit, s.GasLimit, j.GasLimit, j.GasLimit)
	}
	info, err := c.send(ctx, "submit receipt", from, c.escrow, c.escrowABI.PackSubmitReceipt(s.input(), s.Signature))
	return id, info, err
}
