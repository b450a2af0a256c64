package demo

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/internal/fashionmnist"
)

// Features is the number of features per row (28×28 pixels).
const Features = fashionmnist.Pixels

// Classes is the number of labels.
const Classes = fashionmnist.Classes

// Shard is a set of rows: X is n×Features, row-major.
type Shard struct {
	X      []float64
	Labels []int64
}

// N is the number of rows.
func (s Shard) N() int { return len(s.Labels) }

// Tensors are the shard as logreg's inputs: X f64 [n, d], y i64 [n].
func (s Shard) Tensors() []abi.Tensor {
	y := make([]byte, 8*len(s.Labels))
	for i, l := range s.Labels {
		binary.LittleEndian.PutUint64(y[8*i:], uint64(l))
	}
	return []abi.Tensor{
		abi.FromFloat64s("X", []int64{int64(s.N()), Features}, s.X),
		{Name: "y", DType: abi.I64, Shape: []int64{int64(s.N())}, Data: y},
	}
}

// Row is row i's features.
func (s Shard) Row(i int) []float64 { return s.X[i*Features : (i+1)*Features] }

func (s *Shard) add(x []float64, label int64) {
	s.X = append(s.X, x...)
	s.Labels = append(s.Labels, label)
}

// Data is what the demo runs on: one private shard per device, the public
// control shard validation uses, and the held-out test set.
type Data struct {
	// Source says where the rows came from ("fashion-mnist DIR" or "synthetic").
	Source  string
	Devices []Shard
	Control Shard
	Test    Shard
	// Split describes how rows were dealt to devices.
	Split string
}

// Split deals a training set to devices non-IID: each class has a home
// device (class c → device c mod devices); a row goes to its class's home
// with probability home, else to one of the other devices uniformly. So
// each device holds mostly two or three classes and a little of the rest.
// The first control rows (in a seeded shuffle) are kept back as the public
// control shard; perDevice > 0 caps each device's rows.
type Split struct {
	Devices   int
	Home      float64
	Control   int
	PerDevice int
	Seed      uint64
}

// ErrData marks a data set or split that cannot be used.
var ErrData = errors.New("demo data")

// Deal splits train into device shards and a control shard.
func (sp Split) Deal(x []float64, labels []int64) ([]Shard, Shard, error) {
	n := len(labels)
	if sp.Devices < 1 || sp.Home < 0 || sp.Home > 1 || sp.Control < 0 || sp.Control >= n {
		return nil, Shard{}, fmt.Errorf("%w: split %+v of %d rows: want ≥ 1 device, home in [0, 1], control < rows", ErrData, sp, n)
	}
	rng := rand.New(rand.NewPCG(sp.Seed, 0x646d6c2d64656d6f))
	order := rng.Perm(n)
	var control Shard
	devs := make([]Shard, sp.Devices)
	for k, i := range order {
		row, l := x[i*Features:(i+1)*Features], labels[i]
		if k < sp.Control {
			control.add(row, l)
			continue
		}
		d := int(l) % sp.Devices
		if sp.Devices > 1 && rng.Float64() >= sp.Home {
			d = (d + 1 + rng.IntN(sp.Devices-1)) % sp.Devices
		}
		if sp.PerDevice > 0 && devs[d].N() >= sp.PerDevice {
			continue
		}
		devs[d].add(row, l)
	}
	for i, s := range devs {
		if s.N() == 0 {
			return nil, Shard{}, fmt.Errorf("%w: device %d got no rows: use fewer devices or more data", ErrData, i)
		}
	}
	return devs, control, nil
}

// Describe says how the split dealt the classes.
func (sp Split) Describe() string {
	return fmt.Sprintf("non-IID: class c lives on device c mod %d with probability %.2f, else on another device at random; %d rows held back as the public control shard",
		sp.Devices, sp.Home, sp.Control)
}

// ClassCounts counts each label in a shard.
func (s Shard) ClassCounts() [Classes]int {
	var c [Classes]int
	for _, l := range s.Labels {
		c[l]++
	}
	return c
}

// LoadFashion reads Fashion-MNIST from dir and splits it.
func LoadFashion(dir string, sp Split, testRows int) (*Data, error) {
	train, test, err := fashionmnist.Load(dir)
	if err != nil {
		return nil, err
	}
	devs, control, err := sp.Deal(train.X, widen(train.Labels))
	if err != nil {
		return nil, err
	}
	t := Shard{X: test.X, Labels: widen(test.Labels)}
	if testRows > 0 && testRows < t.N() {
		t = Shard{X: t.X[:testRows*Features], Labels: t.Labels[:testRows]}
	}
	return &Data{Source: "fashion-mnist " + dir, Devices: devs, Control: control, Test: t, Split: sp.Describe()}, nil
}

func widen(b []uint8) []int64 {
	out := make([]int64, len(b))
	for i, v := range b {
		out[i] = int64(v)
	}
	return out
}

// Synthetic makes a labelled stand-in for Fashion-MNIST when it is not
// installed: 10 classes, each a random prototype image in [0, 1] plus
// uniform pixel noise, clamped to [0, 1]; rows train rows and testRows test
// rows, split as sp says. A linear model separates the classes well.
func Synthetic(rows, testRows int, sp Split) (*Data, error) {
	rng := rand.New(rand.NewPCG(sp.Seed, 0x73796e7468))
	proto := make([]float64, Classes*Features)
	for i := range proto {
		proto[i] = rng.Float64()
	}
	gen := func(n int) ([]float64, []int64) {
		x := make([]float64, n*Features)
		y := make([]int64, n)
		for i := range n {
			c := rng.IntN(Classes)
			y[i] = int64(c)
			for j := range Features {
				v := proto[c*Features+j] + 1.6*(rng.Float64()-0.5)
				x[i*Features+j] = math.Min(1, math.Max(0, v))
			}
		}
		return x, y
	}
	x, y := gen(rows)
	devs, control, err := sp.Deal(x, y)
	if err != nil {
		return nil, err
	}
	tx, ty := gen(testRows)
	return &Data{Source: "synthetic", Devices: devs, Control: control, Test: Shard{X: tx, Labels: ty}, Split: sp.Describe()}, nil
}
