package tensorfile

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/sbinet/npyio/npy"

	"github.com/decentralized-ml/dml/abi"
)

// maxNPYHeader bounds the header dictionary read before parsing it.
const maxNPYHeader = 1 << 20

// npyDTypes maps the numpy descr strings accepted on load to ABI dtypes.
var npyDTypes = map[string]abi.DType{
	"<f8": abi.F64, "<f4": abi.F32, "<i8": abi.I64, "<i4": abi.I32,
	"|u1": abi.U8, "<u1": abi.U8,
}

// numpyNames are numpy's names of the ABI dtypes, for astype hints.
var numpyNames = map[abi.DType]string{
	abi.F64: "float64", abi.F32: "float32", abi.I64: "int64", abi.I32: "int32", abi.U8: "uint8",
}

func loadNPY(path string, want abi.DType, rank int) (abi.Tensor, error) {
	f, err := os.Open(path)
	if err != nil {
		return abi.Tensor{}, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return abi.Tensor{}, err
	}
	r := bufio.NewReaderSize(f, 1<<16)
	hdr, hdrLen, err := readNPYHeader(r, st.Size())
	if err != nil {
		return abi.Tensor{}, fmt.Errorf("%s: %w: %v", path, ErrFormat, err)
	}
	dt, err := npyDType(hdr.Descr.Type)
	if err != nil {
		return abi.Tensor{}, fmt.Errorf("%s: %w: %v", path, ErrDType, err)
	}
	if want != 0 && dt != want {
		return abi.Tensor{}, fmt.Errorf("%s: %w: the file holds %s, expected %s (convert with numpy: a.astype('%s'))",
			path, ErrDType, dt, want, numpyNames[want])
	}
	shape := make([]int64, len(hdr.Descr.Shape))
	for i, d := range hdr.Descr.Shape {
		shape[i] = int64(d)
	}
	if len(shape) > abi.MaxRank {
		return abi.Tensor{}, fmt.Errorf("%s: %w: shape %s has rank %d, the ABI allows at most %d", path, ErrShape, shapeText(shape), len(shape), abi.MaxRank)
	}
	if rank >= 0 && len(shape) != rank {
		return abi.Tensor{}, fmt.Errorf("%s: %w: shape %s has rank %d, expected rank %d (reshape with numpy: a.reshape(...))", path, ErrShape, shapeText(shape), len(shape), rank)
	}
	size, err := abi.ByteSize(dt, shape)
	if err != nil {
		return abi.Tensor{}, fmt.Errorf("%s: %w: %v", path, ErrShape, err)
	}
	if have := uint64(st.Size() - hdrLen); have != size {
		return abi.Tensor{}, fmt.Errorf("%s: %w: shape %s of %s needs %d data bytes, the file has %d after its header (truncated or corrupt: save it again with numpy.save)",
			path, ErrFormat, shapeText(shape), dt, size, have)
	}
	data := make([]byte, size)
	if _, err := io.ReadFull(r, data); err != nil {
		return abi.Tensor{}, fmt.Errorf("%s: %w: reading data: %v", path, ErrFormat, err)
	}
	if hdr.Descr.Fortran {
		data = fortranToC(data, shape, dt.Size())
	}
	return abi.Tensor{DType: dt, Shape: shape, Data: data}, nil
}

// readNPYHeader reads the magic, version and header dictionary, parses the
// dictionary with npyio, and returns it with the total header length.
func readNPYHeader(r io.Reader, fileSize int64) (npy.Header, int64, error) {
	var pre [8]byte
	if _, err := io.ReadFull(r, pre[:]); err != nil || !bytes.Equal(pre[:6], npy.Magic[:]) {
		return npy.Header{}, 0, fmt.Errorf("not a numpy .npy file (no \\x93NUMPY magic): write it with numpy.save")
	}
	var lenField []byte
	switch pre[6] {
	case 1:
		lenField = make([]byte, 2)
	case 2:
		lenField = make([]byte, 4)
	default:
		return npy.Header{}, 0, fmt.Errorf("npy format version %d.%d is not supported (want 1.0 or 2.0, as numpy.save writes for numeric arrays)", pre[6], pre[7])
	}
	if _, err := io.ReadFull(r, lenField); err != nil {
		return npy.Header{}, 0, fmt.Errorf("truncated header")
	}
	var n int64
	if len(lenField) == 2 {
		n = int64(binary.LittleEndian.Uint16(lenField))
	} else {
		n = int64(binary.LittleEndian.Uint32(lenField))
	}
	total := int64(len(pre)+len(lenField)) + n
	if n > maxNPYHeader || total > fileSize {
		return npy.Header{}, 0, fmt.Errorf("header length %d is beyond the file (%d bytes) or the %d-byte limit", n, fileSize, maxNPYHeader)
	}
	dict := make([]byte, n)
	if _, err := io.ReadFull(r, dict); err != nil {
		return npy.Header{}, 0, fmt.Errorf("truncated header")
	}
	if err := checkNPYDict(dict); err != nil {
		return npy.Header{}, 0, err
	}
	prefix := append(append(pre[:], lenField...), dict...)
	h, err := parseNPYHeader(prefix)
	if err != nil {
		return npy.Header{}, 0, err
	}
	for _, d := range h.Descr.Shape {
		if d < 0 {
			return npy.Header{}, 0, fmt.Errorf("negative dimension in shape %v", h.Descr.Shape)
		}
	}
	return h, total, nil
}

// checkNPYDict checks the layout npyio's parser assumes (numpy.save's own:
// descr, fortran_order and shape keys in that order, a closing brace, a
// trailing newline), so malformed headers get an error instead of a panic.
func checkNPYDict(dict []byte) error {
	s := string(dict)
	d := strings.Index(s, "'descr': '")
	o := strings.Index(s, "', 'fortran_order': ")
	p := strings.Index(s, ", 'shape': (")
	e := strings.Index(s, "), }")
	if !strings.HasPrefix(s, "{") || !strings.HasSuffix(s, "\n") || d < 0 || o < d || p < o || e < p {
		return fmt.Errorf("header %q is not a numpy.save header dictionary", strings.TrimSpace(s))
	}
	return nil
}

// parseNPYHeader runs npyio's header parser, turning any panic on input it
// did not expect into an error.
func parseNPYHeader(prefix []byte) (h npy.Header, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("malformed header: %v", p)
		}
	}()
	rd, err := npy.NewReader(bytes.NewReader(prefix))
	if err != nil {
		return npy.Header{}, fmt.Errorf("malformed header: %v", err)
	}
	return rd.Header, nil
}

// npyDType maps a numpy descr to an ABI dtype or says why it cannot.
func npyDType(descr string) (abi.DType, error) {
	if dt, ok := npyDTypes[descr]; ok {
		return dt, nil
	}
	hint := "convert with numpy, e.g. a.astype('float64')"
	switch {
	case strings.HasPrefix(descr, ">"):
		hint = fmt.Sprintf("the array is big-endian: convert with numpy: a.astype('<%s')", descr[1:])
	case strings.Contains(descr, "O"):
		hint = "it is an object array: save a numeric array (e.g. a.astype('float64'))"
	case strings.Contains(descr, "c"):
		hint = "complex numbers are not supported: save a.real and a.imag separately"
	case strings.Contains(descr, "b1"):
		hint = "booleans: convert with numpy: a.astype('uint8')"
	case strings.Contains(descr, "U") || strings.Contains(descr, "S"):
		hint = "strings are not supported: save a numeric array"
	}
	return 0, fmt.Errorf("numpy dtype '%s' is not supported: the ABI dtypes are f64 '<f8', f32 '<f4', i64 '<i8', i32 '<i4', u8 '|u1'; %s", descr, hint)
}

// shapeText renders a shape as numpy does: (), (3,), (2, 3).
func shapeText(shape []int64) string {
	switch len(shape) {
	case 0:
		return "()"
	case 1:
		return fmt.Sprintf("(%d,)", shape[0])
	}
	parts := make([]string, len(shape))
	for i, d := range shape {
		parts[i] = fmt.Sprint(d)
	}
	return "(" + strings.Join(parts, ", ") + ")"
}
