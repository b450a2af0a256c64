package federated

import (
	"fmt"
	"slices"
	"strings"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/abi/digest"
)

// Exclusion records an update a round left out, and why.
type Exclusion struct {
	Device string `json:"device"`
	Reason string `json:"reason"`
	// Err wraps one of the exclusion errors (ErrReceipt, ErrGasOverLimit, …).
	Err error `json:"-"`
}

// checked is an update that passed every check, flattened.
type checked struct {
	update Update
	vector []float64
}

// checkUpdates runs every check on every update, in device order; an update
// from a device that sent more than one is excluded with all its copies.
func checkUpdates(job Job, v ReceiptVerifier, lay layout, modelHash string, updates []Update) ([]checked, []Exclusion) {
	us := slices.Clone(updates)
	slices.SortStableFunc(us, func(a, b Update) int { return strings.Compare(a.Device, b.Device) })
	var ok []checked
	var excluded []Exclusion
	for i := range us {
		u := us[i]
		dup := (i > 0 && us[i-1].Device == u.Device) || (i+1 < len(us) && us[i+1].Device == u.Device)
		var vec []float64
		var err error
		if dup && u.Device != "" {
			err = fmt.Errorf("%w: %s sent %d updates this round: all are excluded", ErrDuplicateDevice, u.Device, count(us, u.Device))
		} else {
			vec, err = checkUpdate(job, v, lay, modelHash, u)
		}
		if err != nil {
			excluded = append(excluded, Exclusion{Device: u.Device, Reason: err.Error(), Err: err})
			continue
		}
		ok = append(ok, checked{update: u, vector: vec})
	}
	return ok, excluded
}

func count(us []Update, device string) int {
	n := 0
	for i := range us {
		if us[i].Device == device {
			n++
		}
	}
	return n
}

// checkUpdate returns the update's flattened deltas, or why it is excluded.
func checkUpdate(job Job, v ReceiptVerifier, lay layout, modelHash string, u Update) ([]float64, error) {
	if u.Device == "" {
		return nil, ErrDevice
	}
	if err := v.Verify(u); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrReceipt, err)
	}
	r := &u.Receipt
	switch {
	case r.Status != abi.StatusOK:
		return nil, fmt.Errorf("%w: status %q", ErrRunStatus, r.Status)
	case r.ModuleCID != job.ModuleCID:
		return nil, fmt.Errorf("%w: module_cid %q, the job runs %q", ErrModuleMismatch, r.ModuleCID, job.ModuleCID)
	case job.ModuleSHA256 != "" && r.ModuleSHA256 != job.ModuleSHA256:
		return nil, fmt.Errorf("%w: module_sha256 %q, the job's is %q", ErrModuleMismatch, r.ModuleSHA256, job.ModuleSHA256)
	case r.GasLimit > job.GasLimit:
		return nil, fmt.Errorf("%w: ran with gas limit %d, the job allows %d", ErrGasOverLimit, r.GasLimit, job.GasLimit)
	case r.GasUsed > r.GasLimit:
		return nil, fmt.Errorf("%w: gas used %d exceeds its own limit %d", ErrGasOverLimit, r.GasUsed, r.GasLimit)
	case r.ModelSHA256 != modelHash:
		return nil, fmt.Errorf("%w: model_sha256 %q, this round's model is %q: the device ran a stale model", ErrModelMismatch, r.ModelSHA256, modelHash)
	case u.Samples <= 0:
		return nil, fmt.Errorf("%w: %d", ErrNoSamples, u.Samples)
	}
	if got := digest.ResultHash(u.Outputs, u.Deltas); got != r.ResultHash {
		return nil, fmt.Errorf("%w: outputs and deltas hash to %s, the receipt says %s", ErrResultHash, got, r.ResultHash)
	}
	return lay.flatten(u.Deltas)
}
