//go:build ignore

// gen_subset writes the committed subset of Fashion-MNIST: the first 1,000
// training and the first 200 test images with their labels, as gzipped IDX
// files named as the originals. Run from this directory, with Debian's
// dataset-fashion-mnist installed:
//
//	go run gen_subset.go
package main

import (
	"compress/gzip"
	"fmt"
	"os"

	"github.com/decentralized-ml/dml/internal/idx"
)

const src = "/usr/share/datasets/fashion-mnist"

func main() {
	for _, s := range []struct {
		split string
		n     int
	}{{"train", 1000}, {"t10k", 200}} {
		for _, kind := range []string{"images-idx3", "labels-idx1"} {
			name := s.split + "-" + kind + "-ubyte.gz"
			a, err := idx.ReadFile(src + "/" + name)
			if err != nil {
				fail(err)
			}
			per := len(a.Data) / a.Dims[0]
			a.Dims[0] = s.n
			a.Data = a.Data[:s.n*per]
			if err := write(name, a); err != nil {
				fail(err)
			}
		}
	}
}

func write(name string, a idx.Array) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		return err
	}
	// A fixed header (no name, no time) keeps the output reproducible.
	if err := idx.Write(zw, a); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gen_subset:", err)
	os.Exit(1)
}
