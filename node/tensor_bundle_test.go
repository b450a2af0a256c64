package node

import (
	"errors"
	"reflect"
	"testing"

	"github.com/decentralized-ml/dml/abi"
)

func TestTensorBundleRoundTrip(t *testing.T) {
	ts := []abi.Tensor{
		abi.FromFloat64s("W", []int64{2, 3}, []float64{1, -2, 3.5, 0, 1e-300, 7}),
		{Name: "y", DType: abi.I64, Shape: []int64{1}, Data: []byte{1, 0, 0, 0, 0, 0, 0, 0}},
		{Name: "empty", DType: abi.F32, Shape: []int64{0}, Data: []byte{}},
	}
	b, err := EncodeTensors(ts)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeTensors(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, ts) {
		t.Fatalf("round trip changed the tensors:\n%+v\n%+v", got, ts)
	}
}

func TestTensorBundleRejects(t *testing.T) {
	for _, tc := range []struct {
		name string
		data string
	}{
		{"not json", "PK\x03\x04"},
		{"other format", `{"format":"npz","tensors":[]}`},
		{"bad dtype", `{"format":"dml-tensors-v1","tensors":[{"name":"W","dtype":"f16","shape":[1],"data":"AAA="}]}`},
		{"short data", `{"format":"dml-tensors-v1","tensors":[{"name":"W","dtype":"f64","shape":[2],"data":"AAAAAAAAAAA="}]}`},
	} {
		if _, err := DecodeTensors([]byte(tc.data)); !errors.Is(err, ErrBundle) {
			t.Errorf("%s: err %v, want ErrBundle", tc.name, err)
		}
	}
	if _, err := EncodeTensors([]abi.Tensor{{Name: "W", DType: abi.F64, Shape: []int64{2}, Data: []byte{1}}}); err == nil {
		t.Error("encoding a malformed tensor succeeded")
	}
}
