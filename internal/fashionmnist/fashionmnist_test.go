package fashionmnist

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadSubset(t *testing.T) {
	train, test, err := Load(SubsetDir())
	if err != nil {
		t.Fatal(err)
	}
	checkSet(t, "train", train, 1000)
	checkSet(t, "test", test, 200)
}

func TestLoadDebian(t *testing.T) {
	if !Installed() {
		t.Skipf("Fashion-MNIST is not installed in %s: apt-get install dataset-fashion-mnist", DebianDir)
	}
	train, test, err := Load(DebianDir)
	if err != nil {
		t.Fatal(err)
	}
	checkSet(t, "train", train, 60000)
	checkSet(t, "test", test, 10000)
}

// checkSet checks sizes, pixel range, and that every class occurs.
func checkSet(t *testing.T, name string, s Set, n int) {
	t.Helper()
	if s.N != n || len(s.X) != n*Pixels || len(s.Labels) != n {
		t.Fatalf("%s: N %d, %d pixels, %d labels; want %d images", name, s.N, len(s.X), len(s.Labels), n)
	}
	lo, hi := 1.0, 0.0
	for _, v := range s.X {
		lo, hi = min(lo, v), max(hi, v)
	}
	if lo != 0 || hi != 1 {
		t.Errorf("%s: pixels span [%v, %v], want [0, 1]", name, lo, hi)
	}
	var count [Classes]int
	for _, l := range s.Labels {
		count[l]++
	}
	for c, k := range count {
		if k == 0 {
			t.Errorf("%s: class %d never occurs", name, c)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	empty := t.TempDir()
	_, _, err := Load(empty)
	if !errors.Is(err, ErrMissing) || !strings.Contains(err.Error(), "apt-get install dataset-fashion-mnist") || !strings.Contains(err.Error(), "train-images-idx3-ubyte") {
		t.Errorf("missing files: %v, want ErrMissing naming the file and the apt package", err)
	}

	// Labels of another length than the images.
	bad := t.TempDir()
	for _, name := range []string{"train-images-idx3-ubyte.gz", "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"} {
		link(t, name, bad)
	}
	if err := os.Symlink(filepath.Join(SubsetDir(), "t10k-labels-idx1-ubyte.gz"), filepath.Join(bad, "train-labels-idx1-ubyte.gz")); err != nil {
		t.Fatal(err)
	}
	if _, _, err := Load(bad); !errors.Is(err, ErrShape) {
		t.Errorf("200 labels for 1000 images: %v, want ErrShape", err)
	}
}

func link(t *testing.T, name, dir string) {
	t.Helper()
	if err := os.Symlink(filepath.Join(SubsetDir(), name), filepath.Join(dir, name)); err != nil {
		t.Fatal(err)
	}
}
