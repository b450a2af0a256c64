package demo

import (
	"context"
	"testing"

	"github.com/decentralized-ml/dml/abi"
)

// flipAndScale is a poisoned update: the honest deltas × −20.
func flipAndScale(deltas []abi.Tensor) []abi.Tensor {
	out := make([]abi.Tensor, len(deltas))
	for i, d := range deltas {
		v := d.Float64s()
		for j := range v {
			v[j] *= -20
		}
		out[i] = abi.FromFloat64s(d.Name, d.Shape, v)
	}
	return out
}

// TestPoisonedDevice: five devices, one sends its deltas flipped and scaled
// ×20 under a receipt it signed for them (only re-execution would catch
// it). Median and Krum out-vote it (Krum never selects it) and the model
// learns; FedAvg's candidate is wrecked (its loss is not even finite), and
// only validation on the control shard keeps it out. Krum keeps a single
// update, and on non-IID shards of 160 rows one device's model is weak: its
// margin over the baseline is smaller than the median's.
func TestPoisonedDevice(t *testing.T) {
	if testing.Short() {
		t.Skip("runs three short demos")
	}
	for _, tc := range []struct {
		strategy string
		robust   bool
	}{{"fedavg", false}, {"median", true}, {"krum", true}} {
		t.Run(tc.strategy, func(t *testing.T) {
			cfg := subsetConfig(t)
			cfg.Devices, cfg.Strategy, cfg.NoReport = 5, tc.strategy, true
			cfg.Tamper = map[int]func([]abi.Tensor) []abi.Tensor{0: flipAndScale}
			res, err := Run(context.Background(), cfg)
			if err != nil {
				t.Fatal(err)
			}
			base := res.Report.Baseline.Accuracy
			attacker := res.Summary.DeviceStats[0].Device
			for _, r := range res.Rounds {
				m := res.Summary.RoundMetrics[r.Number]
				t.Logf("%s round %d: candidate accuracy %.4f, accepted %v; control accuracy %.4f (baseline %.4f)",
					tc.strategy, r.Number+1, m.CandidateAccuracy, m.Accepted, m.Accuracy, base)
				if len(r.Accepted) != 5 {
					t.Errorf("round %d: %d updates passed the checks, want all 5 (the attacker's receipt is valid)", r.Number+1, len(r.Accepted))
				}
				for _, a := range r.Accepted {
					if tc.strategy == "krum" && a.Device == attacker && a.Used {
						t.Errorf("round %d: Krum selected the attacker", r.Number+1)
					}
				}
				if tc.robust && (!m.Accepted || m.CandidateAccuracy < base+0.15) {
					t.Errorf("%s round %d: candidate accuracy %.4f (baseline %.4f), accepted %v: the attacker won", tc.strategy, r.Number+1, m.CandidateAccuracy, base, m.Accepted)
				}
				if !tc.robust && (m.Accepted || m.CandidateAccuracy > base+0.2) {
					t.Errorf("fedavg round %d: candidate accuracy %.4f, accepted %v: expected the attacker to wreck it", r.Number+1, m.CandidateAccuracy, m.Accepted)
				}
			}
		})
	}
}
