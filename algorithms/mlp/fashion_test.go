package main

import (
	"encoding/json"
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/internal/fashionmnist"
	"github.com/decentralized-ml/dml/sdk-guest/go/dmltest"
)

// fashionTensors are a split as mlp's inputs X (f64) and y (i64).
func fashionTensors(s fashionmnist.Set) (abi.Tensor, abi.Tensor) {
	return abi.FromFloat64s("X", []int64{int64(s.N), fashionmnist.Pixels}, s.X), labels(intLabels(s))
}

func intLabels(s fashionmnist.Set) []int {
	y := make([]int, s.N)
	for i, l := range s.Labels {
		y[i] = int(l)
	}
	return y
}

// testAccuracy is the fraction of s classified right by the network of
// the weights ws (W1, b1, W2, b2), computed with plain loops,
// independently of the algorithm's code.
func testAccuracy(ws [4][]float64, s fashionmnist.Set) float64 {
	w1, b1, w2, b2 := ws[0], ws[1], ws[2], ws[3]
	h, k := len(b1), len(b2)
	hid := make([]float64, h)
	correct := 0
	for i := range s.N {
		x := s.X[i*fashionmnist.Pixels : (i+1)*fashionmnist.Pixels]
		for j := range h {
			v := b1[j]
			for p, xv := range x {
				v += xv * w1[p*h+j]
			}
			hid[j] = math.Max(v, 0)
		}
		best, arg := 0.0, -1
		for j := range k {
			z := b2[j]
			for p, hv := range hid {
				z += hv * w2[p*k+j]
			}
			if arg < 0 || z > best {
				best, arg = z, j
			}
		}
		if arg == int(s.Labels[i]) {
			correct++
		}
	}
	return float64(correct) / float64(s.N)
}

// Params of the accuracy tests: %d hidden units, %d epochs. The subset
// takes a smaller network, to keep the native test (naive loops) short.
const (
	fashionParams = `{"classes": 10, "hidden": %d, "epochs": %d, "lr": 0.1, "batch": 50, "seed": 1}`
	subsetHidden  = 64
	subsetEpochs  = 20
	fullHidden    = 128
	fullEpochs    = 5
)

func trainFashionNative(t *testing.T, dir string, hidden, epochs int) (train, test float64) {
	tr, te, err := fashionmnist.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	x, y := fashionTensors(tr)
	h := dmltest.New(t).Manifest("manifest.yaml").Input(x).Input(y).Params(fmt.Sprintf(fashionParams, hidden, epochs))
	start := time.Now()
	if res := h.Run(); res.Status != abi.StatusOK {
		t.Fatalf("run: %+v", res)
	}
	t.Logf("%d images, %d epochs: %v natively", tr.N, epochs, time.Since(start))
	ws := [4][]float64{h.OutputFloat64("W1"), h.OutputFloat64("b1"), h.OutputFloat64("W2"), h.OutputFloat64("b2")}
	return h.OutputFloat64("accuracy")[0], testAccuracy(ws, te)
}

// On the committed subset (1,000 training images), demand 78% on the 200
// test images (logistic regression: 76.5% after 30 epochs).
func TestFashionSubsetAccuracy(t *testing.T) {
	train, test := trainFashionNative(t, fashionmnist.SubsetDir(), subsetHidden, subsetEpochs)
	t.Logf("subset: training accuracy %.4f, test accuracy %.4f", train, test)
	if test < 0.78 || train < test {
		t.Errorf("test accuracy %.4f (training %.4f), want >= 0.78 and below training", test, train)
	}
}

// On the full data set: ≥ 85% test accuracy after fullEpochs epochs (the
// published small-MLP baseline is about 88%). This native run trains with
// gonumBLAS (the SDK's native fallback would take minutes);
// TestModuleFashionFull runs the module on host BLAS.
func TestFashionFullAccuracy(t *testing.T) {
	if !fashionmnist.Installed() {
		t.Skipf("Fashion-MNIST is not installed in %s (apt-get install dataset-fashion-mnist)", fashionmnist.DebianDir)
	}
	if testing.Short() {
		t.Skip("-short: the full data set takes a while")
	}
	tr, te, err := fashionmnist.Load(fashionmnist.DebianDir)
	if err != nil {
		t.Fatal(err)
	}
	var p params
	if err := json.Unmarshal([]byte(fmt.Sprintf(fashionParams, fullHidden, fullEpochs)), &p); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	g := lcg{x: p.Seed}
	m := newModel(fashionmnist.Pixels, p.Hidden, p.Classes)
	heInit(m, &g)
	fit(gonumBLAS, m, tr.X, intLabels(tr), &g, p)
	train := evaluate(gonumBLAS, m, tr.X, intLabels(tr), p.L2)
	test := testAccuracy([4][]float64{m.W1, m.b1, m.W2, m.b2}, te)
	t.Logf("full, %d epochs on gonum: training accuracy %.4f, test accuracy %.4f, %v", fullEpochs, train.Accuracy, test, time.Since(start))
	if test < 0.85 {
		t.Errorf("test accuracy %.4f, want >= 0.85", test)
	}
}
