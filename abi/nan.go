package abi

import "encoding/binary"

// Canonical NaNs: every NaN is hashed as these bits, so NaN payloads, which
// differ between engines and CPUs, never change a hash.
const (
	CanonicalNaN64 uint64 = 0x7ff8000000000000
	CanonicalNaN32 uint32 = 0x7fc00000
)

// CanonicalizeNaNs rewrites, in place, every NaN in little-endian float data
// to the canonical NaN of its width. Non-float dtypes are left untouched.
func CanonicalizeNaNs(d DType, data []byte) {
	switch d {
	case F64:
		for i := 0; i+8 <= len(data); i += 8 {
			if v := binary.LittleEndian.Uint64(data[i:]); v&0x7ff0000000000000 == 0x7ff0000000000000 && v&0x000fffffffffffff != 0 {
				binary.LittleEndian.PutUint64(data[i:], CanonicalNaN64)
			}
		}
	case F32:
		for i := 0; i+4 <= len(data); i += 4 {
			if v := binary.LittleEndian.Uint32(data[i:]); v&0x7f800000 == 0x7f800000 && v&0x007fffff != 0 {
				binary.LittleEndian.PutUint32(data[i:], CanonicalNaN32)
			}
		}
	}
}
