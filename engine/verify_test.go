package engine

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/gas"
	"github.com/decentralized-ml/dml/receipt"
)

func dotJob() *Job {
	return &Job{Inputs: []abi.Tensor{
		abi.FromFloat64s("x", []int64{3}, []float64{1, 2, 3}),
		abi.FromFloat64s("y", []int64{3}, []float64{4, 5, 6}),
	}}
}

func dotReceipt(t *testing.T, e *Engine, job *Job) *receipt.Receipt {
	t.Helper()
	res := run(t, e, readFile(t, "testdata/dot.wasm"), job)
	rc, err := res.Receipt(time.Now())
	if err != nil {
		t.Fatal(err)
	}
	return rc
}

func TestVerify(t *testing.T) {
	compiler, interpreter := newTestEngine(t, Compiler), newTestEngine(t, Interpreter)
	wasm := readFile(t, "testdata/dot.wasm")
	rc := dotReceipt(t, compiler, dotJob())

	// Any engine confirms an honest receipt.
	for _, e := range []*Engine{compiler, interpreter} {
		v, err := Verify(context.Background(), e, rc, wasm, dotJob())
		if err != nil || !v.Verified {
			t.Fatalf("%s: verified %v, %v %+v", e.Kind(), v != nil && v.Verified, err, v)
		}
	}

	// Other inputs: the input commitment and result hash differ.
	other := dotJob()
	other.Inputs[1] = abi.FromFloat64s("y", []int64{3}, []float64{4, 5, 7})
	v, err := Verify(context.Background(), compiler, rc, wasm, other)
	if err != nil || v.Verified || !hasField(v.Differences, "input_commitment") || !hasField(v.Differences, "result_hash") {
		t.Fatalf("other inputs: %v %+v", err, v)
	}

	// A receipt's own limits win over the verifier's job.
	loose := dotJob()
	loose.GasLimit, loose.MemoryLimitMiB = 1, 1
	if v, err := Verify(context.Background(), compiler, rc, wasm, loose); err != nil || !v.Verified {
		t.Fatalf("limits from the job, not the receipt: %v %+v", err, v)
	}

	// Inflated gas is caught.
	inflated := *rc
	inflated.GasUsed *= 100
	if err := inflated.Seal(); err != nil {
		t.Fatal(err)
	}
	if v, err := Verify(context.Background(), compiler, &inflated, wasm, dotJob()); err != nil || v.Verified || !hasField(v.Differences, "gas_used") {
		t.Fatalf("inflated gas: %v %+v", err, v)
	}
}

func TestVerifyRefuses(t *testing.T) {
	e := newTestEngine(t, Compiler)
	wasm := readFile(t, "testdata/dot.wasm")
	rc := dotReceipt(t, e, dotJob())
	cases := []struct {
		name string
		edit func(*receipt.Receipt)
		want error
	}{
		{"unknown schedule", func(r *receipt.Receipt) { r.GasTable = "dml-gas-v0"; r.Seal() }, gas.ErrUnknownVersion},
		{"other architecture", func(r *receipt.Receipt) { r.Determinism = "fast/sparc"; r.Seal() }, ErrOtherArchitecture},
		{"unknown class", func(r *receipt.Receipt) { r.Determinism = "magic"; r.Seal() }, ErrUnknownClass},
	}
	for _, c := range cases {
		r := *rc
		c.edit(&r)
		if _, err := Verify(context.Background(), e, &r, wasm, dotJob()); !errors.Is(err, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, err, c.want)
		}
	}
}

// A receipt counted under a published schedule other than the engine's
// own is re-run under that schedule.
func TestVerifyUnderTheReceiptsSchedule(t *testing.T) {
	versions := gas.Versions()
	oldest, err := gas.Lookup(versions[0])
	if err != nil {
		t.Fatal(err)
	}
	rc := dotReceipt(t, newEngineWith(t, NewConfig().WithSchedule(oldest)), dotJob())
	if rc.GasTable != oldest.Version {
		t.Fatalf("receipt counted under %s, want %s", rc.GasTable, oldest.Version)
	}
	v, err := Verify(context.Background(), newTestEngine(t, Compiler), rc, readFile(t, "testdata/dot.wasm"), dotJob())
	if err != nil || !v.Verified {
		t.Fatalf("%v %+v", err, v)
	}
}

func hasField(ds []receipt.Difference, field string) bool {
	for _, d := range ds {
		if d.Field == field {
			return true
		}
	}
	return false
}
