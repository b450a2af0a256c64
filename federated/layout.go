package federated

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"sort"

	"github.com/decentralized-ml/dml/abi"
)

// layout maps a model's tensors, sorted by name, onto one flat vector: every
// update, aggregate and model is handled in that fixed order.
type layout struct {
	names   []string
	shapes  [][]int64
	dtypes  []abi.DType // the model's dtypes
	offsets []int
	size    int
}

func newLayout(model []abi.Tensor) (layout, error) {
	if len(model) == 0 {
		return layout{}, fmt.Errorf("%w: no tensors: give the job's initial weights", ErrModel)
	}
	ts := slices.Clone(model)
	sort.Slice(ts, func(i, j int) bool { return ts[i].Name < ts[j].Name })
	var l layout
	for i := range ts {
		t := &ts[i]
		if err := t.Check(); err != nil {
			return layout{}, fmt.Errorf("%w: %v", ErrModel, err)
		}
		if !t.DType.IsFloat() {
			return layout{}, fmt.Errorf("%w: tensor %s is %s: model weights must be f64 or f32", ErrModel, t.Name, t.DType)
		}
		if i > 0 && ts[i-1].Name == t.Name {
			return layout{}, fmt.Errorf("%w: two tensors named %q", ErrModel, t.Name)
		}
		l.names = append(l.names, t.Name)
		l.shapes = append(l.shapes, slices.Clone(t.Shape))
		l.dtypes = append(l.dtypes, t.DType)
		l.offsets = append(l.offsets, l.size)
		l.size += int(t.Elements())
	}
	if _, err := l.flatten(model); err != nil { // finite values only
		return layout{}, fmt.Errorf("%w: %w", ErrModel, err)
	}
	return l, nil
}

// flatten reads tensors with exactly the layout's names and shapes (any
// float dtype) into one vector; f32 values convert exactly.
func (l layout) flatten(ts []abi.Tensor) ([]float64, error) {
	if len(ts) != len(l.names) {
		return nil, fmt.Errorf("%w: %d tensors, the model has %d (%v)", ErrDeltaShape, len(ts), len(l.names), l.names)
	}
	out := make([]float64, l.size)
	seen := make([]bool, len(l.names))
	for i := range ts {
		t := &ts[i]
		k, ok := slices.BinarySearch(l.names, t.Name)
		if !ok {
			return nil, fmt.Errorf("%w: tensor %q is not in the model (%v)", ErrDeltaShape, t.Name, l.names)
		}
		if seen[k] {
			return nil, fmt.Errorf("%w: tensor %q given twice", ErrDeltaShape, t.Name)
		}
		seen[k] = true
		if !slices.Equal(t.Shape, l.shapes[k]) {
			return nil, fmt.Errorf("%w: tensor %q has shape %v, the model's is %v", ErrDeltaShape, t.Name, t.Shape, l.shapes[k])
		}
		if !t.DType.IsFloat() {
			return nil, fmt.Errorf("%w: tensor %q is %s: deltas must be f64 or f32", ErrDeltaShape, t.Name, t.DType)
		}
		if err := t.Check(); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrDeltaShape, err)
		}
		dst := out[l.offsets[k] : l.offsets[k]+int(t.Elements())]
		for j := range dst {
			var x float64
			if t.DType == abi.F64 {
				x = math.Float64frombits(binary.LittleEndian.Uint64(t.Data[8*j:]))
			} else {
				x = float64(math.Float32frombits(binary.LittleEndian.Uint32(t.Data[4*j:])))
			}
			if math.IsNaN(x) || math.IsInf(x, 0) {
				return nil, fmt.Errorf("%w: tensor %q element %d is %v", ErrNonFinite, t.Name, j, x)
			}
			dst[j] = x
		}
	}
	return out, nil
}

// tensors makes f64 tensors, named and shaped as the model, from a vector.
func (l layout) tensors(v []float64) []abi.Tensor {
	out := make([]abi.Tensor, len(l.names))
	for k, name := range l.names {
		n := 1
		for _, d := range l.shapes[k] {
			n *= int(d)
		}
		out[k] = abi.FromFloat64s(name, l.shapes[k], v[l.offsets[k]:l.offsets[k]+n])
	}
	return out
}

// apply returns model + eta·agg, each tensor in the model's own dtype
// (an f32 model rounds once, after the f64 sum).
func (l layout) apply(model []abi.Tensor, agg []float64, eta float64) ([]abi.Tensor, error) {
	w, err := l.flatten(model)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrModel, err)
	}
	for j := range w {
		w[j] += float64(eta * agg[j])
	}
	out := l.tensors(w)
	for k := range out {
		if l.dtypes[k] == abi.F32 {
			out[k] = toF32(out[k])
		}
	}
	if _, err := l.flatten(out); err != nil {
		return nil, fmt.Errorf("%w: the new model overflows (%w): lower the server learning rate or clip updates", ErrModel, err)
	}
	return out, nil
}

func toF32(t abi.Tensor) abi.Tensor {
	v := t.Float64s()
	b := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(float32(x)))
	}
	return abi.Tensor{Name: t.Name, DType: abi.F32, Shape: t.Shape, Data: b}
}
