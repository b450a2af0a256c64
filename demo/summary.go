package demo

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/decentralized-ml/dml/internal/atomicfile"
)

// Summary is what `dmlrun demo` prints and writes to summary.json.
type Summary struct {
	Rounds   int    `json:"rounds"`
	Devices  int    `json:"devices"`
	Strategy string `json:"strategy"`
	Data     string `json:"data"`
	Split    string `json:"split"`
	// Synthetic is true when Fashion-MNIST was missing.
	Synthetic         bool    `json:"synthetic"`
	FinalTestAccuracy float64 `json:"final_test_accuracy"`
	FinalTestLoss     float64 `json:"final_test_loss"`
	TestRows          int     `json:"test_rows"`
	FinalModelCID     string  `json:"final_model_cid"`
	// RoundMetrics are the control-shard metrics after each round.
	RoundMetrics   []RoundMetric `json:"round_metrics"`
	DeviceStats    []DeviceStat  `json:"device_stats"`
	GasPrice       int64         `json:"gas_price"`
	ValidationGas  uint64        `json:"validation_gas"`
	Deposits       string        `json:"deposits"`
	TokensPaid     string        `json:"tokens_paid"`
	Royalties      string        `json:"royalties"`
	Refunds        string        `json:"refunds"`
	EscrowBalanced bool          `json:"escrow_balanced"`
	ReportCID      string        `json:"report_cid"`
	// ReportCIDOnChain is true once the checkpoint registry records
	// ReportCID for every job of the demo (ReportTxs, read back).
	ReportCIDOnChain bool      `json:"report_cid_on_chain"`
	ReportTxs        []ChainTx `json:"report_txs"`
	// Checkpoints are the accepted rounds' models, approved on chain by
	// ApprovalQuorum of the jobs' Approvers.
	Checkpoints []ChainTx     `json:"checkpoints"`
	Timing      []RoundTiming `json:"timing"`
	WallSeconds float64       `json:"wall_seconds"`
}

// ChainTx is one transaction the demo sent to the checkpoint registry for a
// job: a checkpoint approval (Round, Checkpoint, ModelCID) or the report.
// Tx is empty when the record was already there and nothing was sent.
type ChainTx struct {
	Job        string `json:"job"`
	Round      uint64 `json:"round,omitempty"`
	Checkpoint string `json:"checkpoint,omitempty"`
	ModelCID   string `json:"model_cid,omitempty"`
	Tx         string `json:"tx"`
	Gas        uint64 `json:"gas"`
}

// RoundMetric is one round's outcome on the control shard.
type RoundMetric struct {
	Round    uint64  `json:"round"`
	Accepted bool    `json:"accepted"`
	Loss     float64 `json:"loss"`
	Accuracy float64 `json:"accuracy"`
	// CandidateAccuracy is the aggregate's accuracy, accepted or not.
	CandidateAccuracy float64 `json:"candidate_accuracy"`
	Excluded          int     `json:"excluded"`
}

// DeviceStat totals one device.
type DeviceStat struct {
	Device  string `json:"device"`
	Samples int64  `json:"samples"`
	Classes string `json:"classes"`
	Gas     uint64 `json:"gas"`
	Paid    string `json:"paid"`
}

// RoundTiming splits one round's wall time, in milliseconds. Fetch, Run and
// DeviceChain are summed over the devices (they run Parallel at a time);
// Devices is the wall time of that phase.
type RoundTiming struct {
	Round       int     `json:"round"`
	Total       float64 `json:"total_ms"`
	Post        float64 `json:"post_ms"`
	Devices     float64 `json:"devices_ms"`
	Fetch       float64 `json:"fetch_ms"`
	Run         float64 `json:"run_ms"`
	DeviceChain float64 `json:"device_chain_ms"`
	Aggregate   float64 `json:"aggregate_ms"`
	Validate    float64 `json:"validate_ms"`
	// Approve is the on-chain checkpoint approval of an accepted round.
	Approve float64 `json:"approve_ms"`
}

// WriteJSON writes the summary to dir/summary.json atomically.
func (s *Summary) WriteJSON(dir string) (string, error) {
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	p := filepath.Join(dir, "summary.json")
	return p, atomicfile.Write(p, append(b, '\n'))
}

// Print writes the summary as short tables.
func (s *Summary) Print(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(w, "\n%d rounds × %d devices, %s, data: %s\n", s.Rounds, s.Devices, s.Strategy, s.Data)
	fmt.Fprintln(tw, "round\taccepted\tcontrol acc\tcontrol loss\tcandidate acc\ttotal ms\tfetch\trun\tdevice chain\tpost\taggregate\t(validate)\t")
	for i, m := range s.RoundMetrics {
		t := RoundTiming{}
		if i < len(s.Timing) {
			t = s.Timing[i]
		}
		fmt.Fprintf(tw, "%d\t%v\t%.4f\t%.4f\t%.4f\t%.0f\t%.0f\t%.0f\t%.0f\t%.0f\t%.0f\t%.0f\t\n", m.Round, m.Accepted, m.Accuracy, m.Loss,
			m.CandidateAccuracy, t.Total, t.Fetch, t.Run, t.DeviceChain, t.Post, t.Aggregate, t.Validate)
	}
	tw.Flush()
	fmt.Fprintln(w)
	fmt.Fprintln(tw, "device\tsamples\tclasses (count per label)\tgas\tpaid (token wei)\t")
	for _, d := range s.DeviceStats {
		fmt.Fprintf(tw, "%s\t%d\t%s\t%d\t%s\t\n", d.Device, d.Samples, d.Classes, d.Gas, d.Paid)
	}
	tw.Flush()
	fmt.Fprintf(w, "\nescrow in %s = devices %s + royalties %s + refunds %s: %v\n", s.Deposits, s.TokensPaid, s.Royalties, s.Refunds, s.EscrowBalanced)
	fmt.Fprintf(w, "final test accuracy %.4f (loss %.4f) on %d rows; model %s\n", s.FinalTestAccuracy, s.FinalTestLoss, s.TestRows, s.FinalModelCID)
	if s.ReportCID != "" {
		fmt.Fprintf(w, "report %s (dmlrun report %s -o DIR); on chain for %d jobs: %v\n", s.ReportCID, s.ReportCID, len(s.ReportTxs), s.ReportCIDOnChain)
	}
	fmt.Fprintf(w, "%d checkpoints approved on chain by %d of %d approvers\n", len(s.Checkpoints), ApprovalQuorum, Approvers)
	fmt.Fprintf(w, "wall %.1f s\n", s.WallSeconds)
}

func classesText(c [Classes]int) string {
	parts := make([]string, len(c))
	for i, n := range c {
		parts[i] = fmt.Sprint(n)
	}
	return strings.Join(parts, " ")
}
