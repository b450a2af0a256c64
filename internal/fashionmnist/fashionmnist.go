// Package fashionmnist loads Fashion-MNIST (Zalando, MIT licence): 60,000
// training and 10,000 test images of 28×28 grey pixels in 10 classes, from
// the four IDX files that Debian's dataset-fashion-mnist package installs in
// DebianDir. testdata/ holds a subset in the same format (SubsetDir).
package fashionmnist

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"

	"github.com/decentralized-ml/dml/internal/idx"
)

// DebianDir is where `apt-get install dataset-fashion-mnist` puts the files.
const DebianDir = "/usr/share/datasets/fashion-mnist"

// Image geometry and class count.
const (
	Side    = 28
	Pixels  = Side * Side
	Classes = 10
)

// ErrMissing marks a directory without the data set's files.
var ErrMissing = errors.New("Fashion-MNIST not found")

// ErrShape marks IDX files whose shapes are not Fashion-MNIST's.
var ErrShape = errors.New("not Fashion-MNIST")

// Set is one split: N images as an N×Pixels row-major matrix of pixels
// scaled to [0, 1] (byte/255), and their labels 0..9.
type Set struct {
	N      int
	X      []float64
	Labels []uint8
}

// Load reads the training and test splits from dir, which holds
// {train,t10k}-{images-idx3,labels-idx1}-ubyte, gzipped (.gz) or not.
func Load(dir string) (train, test Set, err error) {
	if train, err = loadSplit(dir, "train"); err != nil {
		return Set{}, Set{}, err
	}
	if test, err = loadSplit(dir, "t10k"); err != nil {
		return Set{}, Set{}, err
	}
	return train, test, nil
}

// SubsetDir is the directory of the subset committed under testdata/ (the
// first 1,000 training and 200 test images; see testdata/README.md). It is
// found from this source file, so it works in tests of any package.
func SubsetDir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "testdata")
}

func loadSplit(dir, split string) (Set, error) {
	images, err := readIDX(dir, split+"-images-idx3-ubyte")
	if err != nil {
		return Set{}, err
	}
	labels, err := readIDX(dir, split+"-labels-idx1-ubyte")
	if err != nil {
		return Set{}, err
	}
	if len(images.Dims) != 3 || images.Dims[1] != Side || images.Dims[2] != Side {
		return Set{}, fmt.Errorf("fashion-mnist %s images: dims %v, want [n %d %d]: %w", split, images.Dims, Side, Side, ErrShape)
	}
	n := images.Dims[0]
	if len(labels.Dims) != 1 || labels.Dims[0] != n {
		return Set{}, fmt.Errorf("fashion-mnist %s labels: dims %v, want [%d] (one per image): %w", split, labels.Dims, n, ErrShape)
	}
	for i, l := range labels.Data {
		if l >= Classes {
			return Set{}, fmt.Errorf("fashion-mnist %s label %d is %d, want 0..%d: %w", split, i, l, Classes-1, ErrShape)
		}
	}
	x := make([]float64, len(images.Data))
	for i, p := range images.Data {
		x[i] = float64(p) / 255
	}
	return Set{N: n, X: x, Labels: labels.Data}, nil
}

// readIDX reads dir/name.gz, else dir/name.
func readIDX(dir, name string) (idx.Array, error) {
	for _, p := range []string{filepath.Join(dir, name+".gz"), filepath.Join(dir, name)} {
		a, err := idx.ReadFile(p)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		return a, err
	}
	return idx.Array{}, fmt.Errorf("%s: neither %s.gz nor %s exists: install the data set with `apt-get install dataset-fashion-mnist` (files in %s) or pass a directory holding the IDX files: %w",
		dir, name, name, DebianDir, ErrMissing)
}

// Installed reports whether the full data set is in DebianDir.
func Installed() bool {
	_, err := os.Stat(filepath.Join(DebianDir, "train-images-idx3-ubyte.gz"))
	return err == nil
}
