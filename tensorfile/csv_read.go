package tensorfile

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/decentralized-ml/dml/abi"
)

// maxExactInt is the largest magnitude at which every integer is a float64,
// so an integral float literal names exactly one integer.
const maxExactInt = 1 << 53

func loadCSV(path string, want abi.DType, rank int) (abi.Tensor, error) {
	f, err := os.Open(path)
	if err != nil {
		return abi.Tensor{}, err
	}
	defer f.Close()
	dt := want
	if dt == 0 {
		dt = abi.F64
	}
	if rank > 2 {
		return abi.Tensor{}, fmt.Errorf("%s: %w: expected rank %d, but a csv file holds rank 0, 1 or 2: save it as .npy", path, ErrShape, rank)
	}
	r := bufio.NewReaderSize(f, 1<<16)
	var (
		data      []byte
		rows      int64
		cols      int
		firstLine int
		line      int
		sawData   bool
	)
	for {
		text, rerr := r.ReadString('\n')
		if rerr != nil && rerr != io.EOF {
			return abi.Tensor{}, fmt.Errorf("%s: %w", path, rerr)
		}
		if text == "" && rerr == io.EOF {
			break
		}
		line++
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff") // byte-order mark of spreadsheet exports
		}
		s := strings.TrimSpace(text)
		if s == "" || s[0] == '#' {
			if rerr == io.EOF {
				break
			}
			continue
		}
		cells := strings.Split(s, ",")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		if firstLine == 0 {
			firstLine, cols = line, len(cells)
			if isHeader(cells) {
				if rerr == io.EOF {
					break
				}
				continue
			}
		} else if len(cells) != cols {
			return abi.Tensor{}, fmt.Errorf("%s: %w: line %d has %d columns, line %d has %d (every row needs the same number of cells)",
				path, ErrShape, line, len(cells), firstLine, cols)
		}
		for i, c := range cells {
			data, err = appendCell(data, dt, c)
			if err != nil {
				return abi.Tensor{}, fmt.Errorf("%s: %w: line %d, column %d: cell %q %v", path, ErrFormat, line, i+1, c, err)
			}
		}
		rows++
		sawData = true
		if rerr == io.EOF {
			break
		}
	}
	if !sawData {
		return abi.Tensor{}, fmt.Errorf("%s: %w: the file holds no rows of numbers", path, ErrFormat)
	}
	shape, err := csvShape(rows, int64(cols), rank)
	if err != nil {
		return abi.Tensor{}, fmt.Errorf("%s: %w: %v", path, ErrShape, err)
	}
	return abi.Tensor{DType: dt, Shape: shape, Data: data}, nil
}

// isHeader reports whether a first row is a header: every cell non-numeric.
func isHeader(cells []string) bool {
	for _, c := range cells {
		if _, err := strconv.ParseFloat(c, 64); err == nil || errors.Is(err, strconv.ErrRange) {
			return false
		}
	}
	return true
}

// csvShape turns a rows×cols table into the shape of the requested rank.
func csvShape(rows, cols int64, rank int) ([]int64, error) {
	switch {
	case rank < 0 && cols == 1, rank == 1 && cols == 1:
		return []int64{rows}, nil
	case rank == 1 && rows == 1:
		return []int64{cols}, nil
	case rank < 0, rank == 2:
		return []int64{rows, cols}, nil
	case rank == 0 && rows == 1 && cols == 1:
		return []int64{}, nil
	}
	return nil, fmt.Errorf("a table of %d rows × %d columns cannot be a tensor of rank %d, the expected rank", rows, cols, rank)
}

// appendCell parses one cell as dt and appends its little-endian bytes.
func appendCell(b []byte, dt abi.DType, c string) ([]byte, error) {
	switch dt {
	case abi.F64, abi.F32:
		bits := 64
		if dt == abi.F32 {
			bits = 32
		}
		v, err := strconv.ParseFloat(c, bits)
		if err != nil {
			if errors.Is(err, strconv.ErrRange) {
				return nil, fmt.Errorf("is out of range for %s", dt)
			}
			return nil, fmt.Errorf("is not a number")
		}
		if dt == abi.F32 {
			return binary.LittleEndian.AppendUint32(b, math.Float32bits(float32(v))), nil
		}
		return binary.LittleEndian.AppendUint64(b, math.Float64bits(v)), nil
	}
	v, err := parseInt(c, dt)
	if err != nil {
		return nil, err
	}
	switch dt {
	case abi.I64:
		return binary.LittleEndian.AppendUint64(b, uint64(v)), nil
	case abi.I32:
		return binary.LittleEndian.AppendUint32(b, uint32(v)), nil
	}
	return append(b, byte(v)), nil
}

// parseInt parses an integer cell within the range of dt. Integral float
// literals ("3", "3.0", "3.000e+00") up to 2^53 in magnitude are accepted.
func parseInt(c string, dt abi.DType) (int64, error) {
	lo, hi := int64(math.MinInt64), int64(math.MaxInt64)
	switch dt {
	case abi.I32:
		lo, hi = math.MinInt32, math.MaxInt32
	case abi.U8:
		lo, hi = 0, math.MaxUint8
	}
	outOfRange := fmt.Errorf("is out of range for %s (%d..%d)", dt, lo, hi)
	v, err := strconv.ParseInt(c, 10, 64)
	if err != nil {
		if errors.Is(err, strconv.ErrRange) {
			return 0, outOfRange
		}
		f, ferr := strconv.ParseFloat(c, 64)
		if ferr != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return 0, fmt.Errorf("is not an integer (%s expected)", dt)
		}
		if f != math.Trunc(f) {
			return 0, fmt.Errorf("has a fraction, but %s holds integers", dt)
		}
		if math.Abs(f) > maxExactInt {
			return 0, fmt.Errorf("is a float literal beyond 2^53, which does not name one integer: write it as an integer")
		}
		v = int64(f)
	}
	if v < lo || v > hi {
		return 0, outOfRange
	}
	return v, nil
}
