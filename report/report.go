// Package report builds the record of a federated job — per-round loss and
// accuracy, per-device gas and payment, the receipts, the model CIDs — with a
// PNG plot and an HTML page, and publishes it to content storage as a set of
// files listed by a JSON index.
package report

import (
	"github.com/decentralized-ml/dml/federated"
	"github.com/decentralized-ml/dml/marketplace"
)

// Report is everything the customer gets back for a federated job.
type Report struct {
	Title    string `json:"title"`
	Strategy string `json:"strategy"`
	Data     string `json:"data"`
	Split    string `json:"split"`
	// ModuleCID is the algorithm every round ran.
	ModuleCID string `json:"module_cid"`
	// Baseline is the initial model on the control shard (plotted at round 0).
	Baseline federated.Metrics `json:"baseline"`
	// Rounds are numbered from 1: Round k's metrics are those after round k.
	Rounds []Round `json:"rounds"`
	// Devices totals gas and payment per device over every round.
	Devices []Device `json:"devices"`
	Final   Final    `json:"final"`
	Money   Money    `json:"money"`
}

// Round is one round: its job on chain, its models, its control-shard
// metrics, the devices' runs and the aggregator's full record.
type Round struct {
	Number   uint64 `json:"round"`
	JobID    string `json:"job_id"`
	ModelIn  string `json:"model_in"`
	ModelOut string `json:"model_out"`
	Accepted bool   `json:"accepted"`
	Reason   string `json:"reason"`
	// Loss and Accuracy are the round's output model on the control shard.
	Loss     float64            `json:"loss"`
	Accuracy float64            `json:"accuracy"`
	Runs     []Run              `json:"runs"`
	Record   *federated.Round   `json:"record,omitempty"`
	Timing   map[string]float64 `json:"timing_ms,omitempty"`
}

// Run is one device's run in one round, with its signed receipt.
type Run struct {
	Device    string                    `json:"device"`
	Samples   int64                     `json:"samples"`
	GasUsed   uint64                    `json:"gas_used"`
	DevicePay string                    `json:"device_pay"`
	AuthorFee string                    `json:"author_fee"`
	ReceiptID string                    `json:"receipt_id"`
	Receipt   marketplace.SignedReceipt `json:"receipt"`
}

// Device totals one device's work.
type Device struct {
	Address string `json:"address"`
	Samples int64  `json:"samples"`
	GasUsed uint64 `json:"gas_used"`
	Paid    string `json:"paid"`
}

// Final is the last accepted model and its score on the held-out test set.
type Final struct {
	ModelCID     string  `json:"model_cid"`
	TestLoss     float64 `json:"test_loss"`
	TestAccuracy float64 `json:"test_accuracy"`
	TestRows     int     `json:"test_rows"`
}

// Money is where the escrow's tokens went, in token wei (decimal strings).
type Money struct {
	Deposits  string `json:"deposits"`
	DevicePay string `json:"device_pay"`
	Royalties string `json:"royalties"`
	Refunds   string `json:"refunds"`
}
