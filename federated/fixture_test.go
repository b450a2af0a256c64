package federated

import (
	"errors"
	"fmt"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/abi/digest"
)

// The job every test round runs.
var testJob = Job{ID: "0xjob", ModuleCID: "bafy-module", ModuleSHA256: "aa", GasLimit: 1000}

// testModel is a model with tensors "w" [len(w)] and "b" [1].
func testModel(w []float64, b float64) Model {
	return Model{CID: "bafy-model-0", Tensors: []abi.Tensor{
		abi.FromFloat64s("w", []int64{int64(len(w))}, w),
		abi.FromFloat64s("b", []int64{1}, []float64{b}),
	}}
}

// signedUpdate is an update whose receipt passes every check on model m.
func signedUpdate(device string, samples int64, m Model, deltas ...abi.Tensor) Update {
	return Update{Device: device, Samples: samples, Deltas: deltas, Receipt: ReceiptInfo{
		ModuleCID: testJob.ModuleCID, ModuleSHA256: testJob.ModuleSHA256, ModelSHA256: ModelHash(m.Tensors),
		ResultHash: digest.ResultHash(nil, deltas), Status: abi.StatusOK, GasUsed: 900, GasLimit: 1000,
		Signature: []byte("signed-by:" + device),
	}}
}

// vecUpdate splits v, in layout order, into deltas "b" (the first value)
// and "w" (the rest).
func vecUpdate(device string, samples int64, m Model, v []float64) Update {
	return signedUpdate(device, samples, m,
		abi.FromFloat64s("b", []int64{1}, v[:1]), abi.FromFloat64s("w", []int64{int64(len(v) - 1)}, v[1:]))
}

var errBadSignature = errors.New("bad signature")

// testVerifier accepts the signature signedUpdate makes.
var testVerifier = VerifierFunc(func(u Update) error {
	if string(u.Receipt.Signature) != "signed-by:"+u.Device {
		return fmt.Errorf("%w: not signed by %s", errBadSignature, u.Device)
	}
	return nil
})

func testConfig(s Aggregator) Config {
	return Config{Job: testJob, Strategy: s, Verifier: testVerifier}
}

// flat is a model's values in layout order ("b" then "w").
func flat(ts []abi.Tensor) []float64 {
	l, err := newLayout(ts)
	if err != nil {
		panic(err)
	}
	v, err := l.flatten(ts)
	if err != nil {
		panic(err)
	}
	return v
}
