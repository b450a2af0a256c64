package manifest

import (
	"fmt"

	"github.com/decentralized-ml/dml/abi"
)

// CheckTensors verifies a run's inputs and model weights against the
// declarations: every required tensor present, nothing undeclared, dtypes
// equal, fixed dims equal, and each symbolic dim bound to one size across
// all tensors. Errors name the tensor and what was expected.
func (m *Manifest) CheckTensors(inputs, models []abi.Tensor) error {
	bound := map[string]int64{}
	where := map[string]string{}
	check := func(what string, specs []TensorSpec, got []abi.Tensor) error {
		byName := map[string]*abi.Tensor{}
		for i := range got {
			if _, dup := byName[got[i].Name]; dup {
				return fmt.Errorf("%s %q is given twice", what, got[i].Name)
			}
			byName[got[i].Name] = &got[i]
		}
		for _, s := range specs {
			t, ok := byName[s.Name]
			if !ok {
				if s.Optional {
					continue
				}
				return fmt.Errorf("%s %q is required by manifest %s (shape %v, %s): pass it", what, s.Name, m.Name, s.Shape, s.DType)
			}
			delete(byName, s.Name)
			want, _ := abi.ParseDType(s.DType)
			if t.DType != want {
				return fmt.Errorf("%s %q: dtype %s, manifest %s expects %s", what, s.Name, t.DType, m.Name, want)
			}
			if len(t.Shape) != len(s.Shape) {
				return fmt.Errorf("%s %q: shape %v has rank %d, manifest %s expects shape %v", what, s.Name, t.Shape, len(t.Shape), m.Name, s.Shape)
			}
			for i, d := range s.Shape {
				got := t.Shape[i]
				if d.Symbol == "" {
					if got != d.Size {
						return fmt.Errorf("%s %q: dim %d is %d, manifest %s expects %d", what, s.Name, i, got, m.Name, d.Size)
					}
					continue
				}
				if prev, ok := bound[d.Symbol]; ok && prev != got {
					return fmt.Errorf("%s %q: dim %d (%s) is %d, but %s has %s = %d", what, s.Name, i, d.Symbol, got, where[d.Symbol], d.Symbol, prev)
				}
				bound[d.Symbol] = got
				where[d.Symbol] = fmt.Sprintf("%s %q", what, s.Name)
			}
		}
		for _, t := range got {
			if _, extra := byName[t.Name]; extra {
				return fmt.Errorf("%s %q is not declared by manifest %s", what, t.Name, m.Name)
			}
		}
		return nil
	}
	if err := check("input", m.Inputs, inputs); err != nil {
		return err
	}
	return check("model", m.Models, models)
}

// Declared is the dtype and rank the manifest declares for an input (or,
// with model, a model tensor) named name: what a file holding it must be
// read as. It is (0, -1) when m is nil or declares no such tensor.
func (m *Manifest) Declared(name string, model bool) (abi.DType, int) {
	if m == nil {
		return 0, -1
	}
	specs := m.Inputs
	if model {
		specs = m.Models
	}
	for _, s := range specs {
		if s.Name == name {
			d, _ := abi.ParseDType(s.DType)
			return d, len(s.Shape)
		}
	}
	return 0, -1
}
