// Package tensorfile reads and writes the tensor files a device owner hands
// to `dmlrun run`: numpy .npy files and plain numeric .csv files.
//
// Decisions:
//   - .npy: little-endian f8, f4, i8, i4 and u1 only; Fortran-order arrays
//     are transposed to C order on load; Save always writes C order, NPY 1.0
//     (2.0 when the header does not fit 65535 bytes).
//   - .csv: NaN and ±Inf cells are accepted as strconv.ParseFloat spells them
//     ("nan", "NaN", "inf", "-Inf", "infinity"), matching numpy.savetxt;
//     integer dtypes also accept integral float literals such as "3.0e+00"
//     (numpy.savetxt's default format) up to 2^53 in magnitude.
package tensorfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/decentralized-ml/dml/abi"
	"github.com/decentralized-ml/dml/internal/atomicfile"
)

// Sentinel errors; every error returned by Load and Save wraps one of them
// (or fs.ErrNotExist) together with the file name.
var (
	// ErrFormat: the file is not a readable .npy/.csv file, or has an unknown extension.
	ErrFormat = errors.New("unreadable tensor file")
	// ErrDType: the file's element type is unsupported or not the expected one.
	ErrDType = errors.New("wrong dtype")
	// ErrShape: the file's shape is invalid or cannot have the expected rank.
	ErrShape = errors.New("wrong shape")
)

// Load reads a tensor named name from a .npy or .csv file. want, when
// non-zero, is the dtype the caller expects (from a manifest); rank, when
// >= 0, is the rank it expects.
func Load(path, name string, want abi.DType, rank int) (abi.Tensor, error) {
	if want != 0 && !want.Valid() {
		return abi.Tensor{}, fmt.Errorf("%s: %w: expected dtype %s is not an ABI dtype", path, ErrDType, want)
	}
	if rank > abi.MaxRank {
		return abi.Tensor{}, fmt.Errorf("%s: %w: expected rank %d exceeds the ABI maximum %d", path, ErrShape, rank, abi.MaxRank)
	}
	var (
		t   abi.Tensor
		err error
	)
	switch ext := strings.ToLower(filepath.Ext(path)); ext {
	case ".npy":
		t, err = loadNPY(path, want, rank)
	case ".csv":
		t, err = loadCSV(path, want, rank)
	default:
		return abi.Tensor{}, fmt.Errorf("%s: %w: unknown file type %q: want .npy (numpy.save) or .csv", path, ErrFormat, ext)
	}
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return abi.Tensor{}, fmt.Errorf("%s does not exist: check the path: %w", path, fs.ErrNotExist)
		}
		return abi.Tensor{}, err
	}
	t.Name = name
	if err := t.Check(); err != nil {
		return abi.Tensor{}, fmt.Errorf("%s: %w: %v", path, ErrShape, err)
	}
	return t, nil
}

// Save writes t to path as .npy (any rank) or .csv (rank ≤ 2), atomically:
// a temporary file in the same directory is written, synced and renamed over
// path, so a reader never sees a partial file.
func Save(path string, t abi.Tensor) error {
	if !t.DType.Valid() {
		return fmt.Errorf("%s: %w: tensor %s has %s", path, ErrDType, t.Name, t.DType)
	}
	if err := t.Check(); err != nil {
		return fmt.Errorf("%s: %w: %v", path, ErrShape, err)
	}
	switch ext := strings.ToLower(filepath.Ext(path)); ext {
	case ".npy":
		return atomicfile.WriteFunc(path, 0o644, func(w *os.File) error { return writeNPY(w, &t) })
	case ".csv":
		if len(t.Shape) > 2 {
			return fmt.Errorf("%s: %w: tensor %s has rank %d, a csv file holds rank ≤ 2: save it as .npy", path, ErrShape, t.Name, len(t.Shape))
		}
		if t.Elements() == 0 {
			return fmt.Errorf("%s: %w: tensor %s of shape %v is empty, which a csv file cannot hold: save it as .npy", path, ErrShape, t.Name, t.Shape)
		}
		return atomicfile.WriteFunc(path, 0o644, func(w *os.File) error { return writeCSV(w, &t) })
	default:
		return fmt.Errorf("%s: %w: unknown file type %q: want .npy or .csv", path, ErrFormat, ext)
	}
}
