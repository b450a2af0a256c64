package federated

import (
	"encoding/binary"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/abi/digest"
)

// Every failing check excludes the update, records why, and leaves the others in.
func TestChecksExcludeWithReason(t *testing.T) {
	m := testModel([]float64{0, 0}, 0)
	good := func(device string) Update { return vecUpdate(device, 10, m, []float64{1, 2, 3}) }
	tests := []struct {
		name   string
		edit   func(u *Update)
		want   error
		reason string
	}{
		{"signature", func(u *Update) { u.Receipt.Signature = []byte("forged") }, ErrReceipt, "not signed by"},
		{"signature over other deltas", func(u *Update) { u.Device = "other" }, ErrReceipt, "not signed by other"},
		{"status", func(u *Update) { u.Receipt.Status = abi.StatusOutOfGas }, ErrRunStatus, "out_of_gas"},
		{"module cid", func(u *Update) { u.Receipt.ModuleCID = "bafy-evil" }, ErrModuleMismatch, "bafy-evil"},
		{"module sha", func(u *Update) { u.Receipt.ModuleSHA256 = "bb" }, ErrModuleMismatch, "module_sha256"},
		{"gas limit over the job's", func(u *Update) { u.Receipt.GasLimit = 1001 }, ErrGasOverLimit, "the job allows 1000"},
		{"gas used over its limit", func(u *Update) { u.Receipt.GasUsed = 1000; u.Receipt.GasLimit = 999 }, ErrGasOverLimit, "exceeds its own limit"},
		{"stale model", func(u *Update) { u.Receipt.ModelSHA256 = ModelHash(testModel([]float64{1, 0}, 0).Tensors) }, ErrModelMismatch, "stale model"},
		{"no samples", func(u *Update) { u.Samples = 0 }, ErrNoSamples, "positive"},
		{"deltas swapped after signing", func(u *Update) { u.Deltas[0] = abi.FromFloat64s("b", []int64{1}, []float64{99}) }, ErrResultHash, "the receipt says"},
		{"missing tensor", func(u *Update) { resign(u, u.Deltas[:1]) }, ErrDeltaShape, "1 tensors, the model has 2"},
		{"unknown tensor", func(u *Update) {
			resign(u, []abi.Tensor{u.Deltas[0], abi.FromFloat64s("x", []int64{2}, []float64{1, 2})})
		}, ErrDeltaShape, `"x" is not in the model`},
		{"wrong shape", func(u *Update) {
			resign(u, []abi.Tensor{u.Deltas[0], abi.FromFloat64s("w", []int64{1, 2}, []float64{1, 2})})
		}, ErrDeltaShape, "shape [1 2]"},
		{"integer delta", func(u *Update) {
			resign(u, []abi.Tensor{u.Deltas[0], {Name: "w", DType: abi.I64, Shape: []int64{2}, Data: make([]byte, 16)}})
		}, ErrDeltaShape, "must be f64 or f32"},
		{"nan", func(u *Update) {
			resign(u, []abi.Tensor{u.Deltas[0], abi.FromFloat64s("w", []int64{2}, []float64{1, math.NaN()})})
		}, ErrNonFinite, "NaN"},
		{"infinity", func(u *Update) {
			resign(u, []abi.Tensor{u.Deltas[0], abi.FromFloat64s("w", []int64{2}, []float64{math.Inf(-1), 1})})
		}, ErrNonFinite, "-Inf"},
		{"no device", func(u *Update) { u.Device = "" }, ErrDevice, "device id"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			bad := good("dev-bad")
			tc.edit(&bad)
			r, _, err := Aggregate(testConfig(FedAvg{}), 0, m, []Update{good("dev-1"), bad, good("dev-2")})
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Accepted) != 2 || len(r.Excluded) != 1 {
				t.Fatalf("accepted %v, excluded %v", r.Accepted, r.Excluded)
			}
			x := r.Excluded[0]
			if !errors.Is(x.Err, tc.want) || !strings.Contains(x.Reason, tc.reason) || x.Device != bad.Device {
				t.Errorf("excluded %q: %q (%v), want %v containing %q", x.Device, x.Reason, x.Err, tc.want, tc.reason)
			}
		})
	}
}

// resign replaces an update's deltas and its receipt's result hash, as a
// device that ran honestly with those deltas would.
func resign(u *Update, deltas []abi.Tensor) {
	u.Deltas = deltas
	u.Receipt.ResultHash = digest.ResultHash(u.Outputs, deltas)
}

func TestDuplicateDeviceExcludesAllItsUpdates(t *testing.T) {
	m := testModel([]float64{0}, 0)
	us := []Update{vecUpdate("a", 1, m, []float64{1, 1}), vecUpdate("b", 1, m, []float64{5, 5}), vecUpdate("a", 1, m, []float64{2, 2})}
	r, out, err := Aggregate(testConfig(FedAvg{}), 0, m, us)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Excluded) != 2 || !errors.Is(r.Excluded[0].Err, ErrDuplicateDevice) || !errors.Is(r.Excluded[1].Err, ErrDuplicateDevice) {
		t.Errorf("excluded %+v", r.Excluded)
	}
	if got := flat(out); got[0] != 5 || got[1] != 5 {
		t.Errorf("model %v, want only b's update [5 5]", got)
	}
}

// f32 deltas convert exactly; outputs are part of the result hash.
func TestF32DeltasAndOutputs(t *testing.T) {
	m := testModel([]float64{0, 0}, 0)
	f32 := func(name string, shape []int64, v ...float32) abi.Tensor {
		b := make([]byte, 4*len(v))
		for i, x := range v {
			binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(x))
		}
		return abi.Tensor{Name: name, DType: abi.F32, Shape: shape, Data: b}
	}
	u := signedUpdate("a", 1, m, f32("w", []int64{2}, 0.1, -2), f32("b", []int64{1}, 0.5))
	u.Outputs = []abi.Tensor{abi.FromFloat64s("loss", nil, []float64{0.3})}
	u.Receipt.ResultHash = digest.ResultHash(u.Outputs, u.Deltas)
	_, out, err := Aggregate(testConfig(FedAvg{}), 0, m, []Update{u})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := flat(out), []float64{0.5, float64(float32(0.1)), -2}; got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("model %v, want %v", got, want)
	}
}
