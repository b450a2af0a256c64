package marketplace

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/decentralized-ml/dml/marketplace/bindings/jobescrow"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// JobSpec is what a customer posts.
type JobSpec struct {
	// ID is chosen by the customer (see JobID); posting the same id again is
	// a no-op.
	ID        common.Hash
	ListingID common.Hash
	ParamsCID string
	ModelCID  string
	// GasLimit is the most gas one device may bill.
	GasLimit uint64
	// GasPrice is in token units per gas.
	GasPrice *big.Int
	Devices  uint32
	Deadline time.Time
	// Verifiers may void a receipt inside its challenge window when Quorum
	// of them sign a re-execution with a different result hash.
	Verifiers []common.Address
	Quorum    uint8
}

// Job is a posted job as the escrow holds it.
type Job struct {
	ID            common.Hash      `json:"id"`
	Customer      common.Address   `json:"customer"`
	ListingID     common.Hash      `json:"listing_id"`
	Author        common.Address   `json:"author"`
	ParamsCID     string           `json:"params_cid"`
	ModelCID      string           `json:"model_cid"`
	GasLimit      uint64           `json:"gas_limit"`
	GasPrice      *big.Int         `json:"gas_price"`
	PricePerRun   *big.Int         `json:"price_per_run"`
	RoyaltyBps    uint16           `json:"royalty_bps"`
	DevicesWanted uint32           `json:"devices_wanted"`
	Claimed       uint32           `json:"claimed"`
	Submitted     uint32           `json:"submitted"`
	Deadline      time.Time        `json:"deadline"`
	Verifiers     []common.Address `json:"verifiers"`
	Quorum        uint8            `json:"quorum"`
	Deposit       *big.Int         `json:"deposit"`
	// Committed is what live (submitted, not voided) receipts will be paid.
	Committed *big.Int `json:"committed"`
	Paid      *big.Int `json:"paid"`
	Refunded  *big.Int `json:"refunded"`
}

// JobID derives a job id from the customer and a label of their choosing, so
// that a retried post with the same label finds the same job.
func JobID(customer common.Address, label string) common.Hash {
	return crypto.Keccak256Hash(customer.Bytes(), []byte(label))
}

func keccakString(s string) []byte { return crypto.Keccak256([]byte(s)) }

// Deposit is what posting spec will pull from the customer, for a listing.
func Deposit(spec JobSpec, l *Listing) *big.Int {
	gasPay := new(big.Int).Mul(u(spec.GasLimit), bigOrZero(spec.GasPrice))
	royalty := new(big.Int).Mul(gasPay, u(uint64(l.RoyaltyBps)))
	royalty.Quo(royalty, big.NewInt(10000))
	per := new(big.Int).Add(gasPay, bigOrZero(l.PricePerRun))
	per.Add(per, royalty)
	return per.Mul(per, u(uint64(spec.Devices)))
}

// PostJob approves the escrow for the deposit (unless the allowance already
// covers it) and posts the job. Posting an id that exists returns that job
// and sends nothing (another customer's job with that id gives ErrJobExists).
// Balance and listing are checked first, so a job that
// cannot be posted costs nothing.
func (c *Client) PostJob(ctx context.Context, customer *Signer, spec JobSpec) (*Job, []TxInfo, error) {
	if existing, err := c.Job(ctx, spec.ID); err == nil {
		if existing.Customer != customer.Address {
			return nil, nil, fmt.Errorf("post job: %w: %s belongs to %s: choose another label", ErrJobExists, spec.ID, existing.Customer)
		}
		return existing, nil, nil
	}
	l, err := c.Listing(ctx, spec.ListingID)
	if err != nil {
		return nil, nil, fmt.Errorf("post job: %w", err)
	}
	deposit := Deposit(spec, l)
	bal, err := c.TokenBalance(ctx, customer.Address)
	if err != nil {
		return nil, nil, err
	}
	if bal.Cmp(deposit) < 0 {
		return nil, nil, fmt.Errorf("post job: %w: %s holds %s, the deposit is %s: get tokens first (dmlrun balance)", ErrInsufficientBalance, customer.Address, bal, deposit)
	}
	var txs []TxInfo
	allowance, err := c.Allowance(ctx, customer.Address, c.addrs.Escrow)
	if err != nil {
		return nil, nil, err
	}
	if allowance.Cmp(deposit) < 0 {
		info, err := c.send(ctx, "approve escrow", customer, c.token, c.tokenABI.PackApprove(c.addrs.Escrow, deposit))
		if err != nil {
			return nil, nil, err
		}
		txs = append(txs, info)
	}
	in := jobInput(spec)
	info, err := c.send(ctx, "post job", customer, c.escrow, c.escrowABI.PackPostJob(in))
	if err != nil {
		return nil, txs, err
	}
	txs = append(txs, info)
	j, err := c.Job(ctx, spec.ID)
	return j, txs, err
}

func nonNil(a []common.Address) []common.Address {
	if a == nil {
		return []common.Address{}
	}
	return a
}

// Job reads a job (ErrJobNotFound when there is none).
func (c *Client) Job(ctx context.Context, id common.Hash) (*Job, error) {
	raw, err := c.escrow.CallRaw(c.callOpts(ctx), c.escrowABI.PackGetJob(id))
	if err != nil {
		return nil, chainError("read job", err)
	}
	s, err := c.escrowABI.UnpackGetJob(raw)
	if err != nil {
		return nil, fmt.Errorf("read job %s: %w", id, err)
	}
	if s.Customer == (common.Address{}) {
		return nil, fmt.Errorf("%w: %s: check the id (dmlrun job list)", ErrJobNotFound, id)
	}
	return &Job{
		ID: id, Customer: s.Customer, ListingID: s.ListingId, Author: s.Author,
		ParamsCID: s.ParamsCid, ModelCID: s.ModelCid, GasLimit: s.GasLimit, GasPrice: s.GasPrice,
		PricePerRun: s.PricePerRun, RoyaltyBps: s.RoyaltyBps, DevicesWanted: s.DevicesWanted,
		Claimed: s.Claimed, Submitted: s.Submitted, Deadline: time.Unix(int64(s.Deadline), 0).UTC(),
		Verifiers: s.Verifiers, Quorum: s.Quorum, Deposit: s.Deposit, Committed: s.Committed,
		Paid: s.Paid, Refunded: s.Refunded,
	}, nil
}

// SlotState is a device's slot in a job.
type SlotState uint8

// Slot states, as the escrow numbers them.
const (
	SlotNone SlotState = iota
	SlotClaimed
	SlotSubmitted
)

// Slot reads device's slot in a job.
func (c *Client) Slot(ctx context.Context, jobID common.Hash, device common.Address) (SlotState, error) {
	raw, err := c.escrow.CallRaw(c.callOpts(ctx), c.escrowABI.PackSlotOf(jobID, device))
	if err != nil {
		return 0, chainError("read slot", err)
	}
	v, err := c.escrowABI.UnpackSlotOf(raw)
	return SlotState(v), err
}

// Claim takes a device slot in a job. A device that already holds a slot
// sends nothing.
func (c *Client) Claim(ctx context.Context, device *Signer, jobID common.Hash) (TxInfo, error) {
	st, err := c.Slot(ctx, jobID, device.Address)
	if err != nil {
		return TxInfo{}, err
	}
	if st != SlotNone {
		return TxInfo{}, nil
	}
	return c.send(ctx, "claim", device, c.escrow, c.escrowABI.PackClaim(jobID))
}

// Refundable is what Refund would pay now.
func (c *Client) Refundable(ctx context.Context, jobID common.Hash) (*big.Int, error) {
	raw, err := c.escrow.CallRaw(c.callOpts(ctx), c.escrowABI.PackRefundable(jobID))
	if err != nil {
		return nil, chainError("read refundable", err)
	}
	return c.escrowABI.UnpackRefundable(raw)
}

// Refund returns to the customer what no live receipt holds, once the
// deadline has passed (anyone may send it; the tokens go to the customer).
// With nothing left to refund it sends nothing and returns 0.
func (c *Client) Refund(ctx context.Context, from *Signer, jobID common.Hash) (*big.Int, TxInfo, error) {
	j, err := c.Job(ctx, jobID)
	if err != nil {
		return nil, TxInfo{}, err
	}
	now, err := c.ChainTime(ctx)
	if err != nil {
		return nil, TxInfo{}, err
	}
	if !now.After(j.Deadline) {
		return nil, TxInfo{}, fmt.Errorf("refund: %w: deadline %s, chain time %s: wait until it has passed", ErrJobNotExpired, j.Deadline.Format(time.RFC3339), now.Format(time.RFC3339))
	}
	amount, err := c.Refundable(ctx, jobID)
	if err != nil {
		return nil, TxInfo{}, err
	}
	if amount.Sign() == 0 {
		return amount, TxInfo{}, nil
	}
	info, err := c.send(ctx, "refund", from, c.escrow, c.escrowABI.PackRefund(jobID))
	return amount, info, err
}

// ChainTime is the timestamp of the latest block: the clock deadlines and
// challenge windows are measured by.
func (c *Client) ChainTime(ctx context.Context) (time.Time, error) {
	h, err := c.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, chainError("read latest block", err)
	}
	return time.Unix(int64(h.Time), 0).UTC(), nil
}

func jobInput(spec JobSpec) jobescrow.JobEscrowJobInput {
	return jobescrow.JobEscrowJobInput{
		JobId:         spec.ID,
		ListingId:     spec.ListingID,
		ParamsCid:     spec.ParamsCID,
		ModelCid:      spec.ModelCID,
		GasLimit:      spec.GasLimit,
		GasPrice:      bigOrZero(spec.GasPrice),
		DevicesWanted: spec.Devices,
		Deadline:      uint64(spec.Deadline.Unix()),
		Verifiers:     nonNil(spec.Verifiers),
		Quorum:        spec.Quorum,
	}
}
