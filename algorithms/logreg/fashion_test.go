package main

import (
	"fmt"
	"testing"
	"time"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/internal/fashionmnist"
	"github.com/decentralized-ml/dml/sdk-guest/go/dmltest"
)

// fashionTensors are a split as logreg's inputs X (f64) and y (i64).
func fashionTensors(s fashionmnist.Set) (abi.Tensor, abi.Tensor) {
	y := make([]int, s.N)
	for i, l := range s.Labels {
		y[i] = int(l)
	}
	return abi.FromFloat64s("X", []int64{int64(s.N), fashionmnist.Pixels}, s.X), labels(y)
}

// testAccuracy is the fraction of s classified right by argmax(x·W + b),
// computed with plain loops, independently of the algorithm's code.
func testAccuracy(w, b []float64, s fashionmnist.Set) float64 {
	k := len(b)
	correct := 0
	for i := range s.N {
		x := s.X[i*fashionmnist.Pixels : (i+1)*fashionmnist.Pixels]
		best, arg := 0.0, -1
		for j := range k {
			z := b[j]
			for p, v := range x {
				z += v * w[p*k+j]
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

// fashionParams trains for the accuracy tests.
const fashionParams = `{"classes": 10, "epochs": %d, "lr": 0.1, "batch": 100, "seed": 1}`

func trainFashionNative(t *testing.T, dir string, epochs int) (train, test float64) {
	tr, te, err := fashionmnist.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	x, y := fashionTensors(tr)
	h := dmltest.New(t).Manifest("manifest.yaml").Input(x).Input(y).Params(fmt.Sprintf(fashionParams, epochs))
	start := time.Now()
	if res := h.Run(); res.Status != abi.StatusOK {
		t.Fatalf("run: %+v", res)
	}
	t.Logf("%d images, %d epochs: %v natively", tr.N, epochs, time.Since(start))
	return h.OutputFloat64("accuracy")[0], testAccuracy(h.OutputFloat64("W"), h.OutputFloat64("b"), te)
}

// On the committed subset (1,000 training images), logistic regression
// reaches 76.5% on the 200 test images after 30 epochs; demand 72%.
func TestFashionSubsetAccuracy(t *testing.T) {
	train, test := trainFashionNative(t, fashionmnist.SubsetDir(), 30)
	t.Logf("subset: training accuracy %.4f, test accuracy %.4f", train, test)
	if test < 0.72 || train < test {
		t.Errorf("test accuracy %.4f (training %.4f), want >= 0.72 and below training", test, train)
	}
}

// On the full data set: ≥ 80% test accuracy after 3 epochs (the published
// logistic-regression baseline is about 84%).
func TestFashionFullAccuracy(t *testing.T) {
	if !fashionmnist.Installed() {
		t.Skipf("Fashion-MNIST is not installed in %s (apt-get install dataset-fashion-mnist)", fashionmnist.DebianDir)
	}
	if testing.Short() {
		t.Skip("-short: the full data set takes a few seconds")
	}
	train, test := trainFashionNative(t, fashionmnist.DebianDir, 3)
	t.Logf("full: training accuracy %.4f, test accuracy %.4f", train, test)
	if test < 0.80 {
		t.Errorf("test accuracy %.4f, want >= 0.80", test)
	}
}
