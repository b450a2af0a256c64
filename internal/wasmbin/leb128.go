package wasmbin

// LEB128 readers. Each returns the value and the offset just past it, and
// refuses encodings longer than ceil(bits/7) bytes or whose unused bits in
// the last byte are not zero (unsigned) or sign copies (signed).

func readUleb(b []byte, pos, end int, bits uint) (uint64, int, error) {
	if pos < end && b[pos] < 0x80 {
		return uint64(b[pos]), pos + 1, nil
	}
	start := pos
	var result uint64
	var shift uint
	for {
		if pos >= end {
			return 0, pos, errAt(start, ErrTruncated, "unsigned LEB128 runs past the end of its section")
		}
		c := b[pos]
		pos++
		if shift+7 >= bits {
			if c&0x80 != 0 {
				return 0, pos, errAt(start, ErrMalformed, "unsigned LEB128 longer than %d bytes for a %d-bit integer", (bits+6)/7, bits)
			}
			if c>>(bits-shift) != 0 {
				return 0, pos, errAt(start, ErrMalformed, "unsigned LEB128 overflows %d bits", bits)
			}
			return result | uint64(c)<<shift, pos, nil
		}
		result |= uint64(c&0x7f) << shift
		shift += 7
		if c&0x80 == 0 {
			return result, pos, nil
		}
	}
}

func readSleb(b []byte, pos, end int, bits uint) (int64, int, error) {
	if pos < end && b[pos] < 0x80 {
		return int64(int8(b[pos]<<1)) >> 1, pos + 1, nil
	}
	start := pos
	var result int64
	var shift uint
	for {
		if pos >= end {
			return 0, pos, errAt(start, ErrTruncated, "signed LEB128 runs past the end of its section")
		}
		c := b[pos]
		pos++
		if shift+7 >= bits {
			if c&0x80 != 0 {
				return 0, pos, errAt(start, ErrMalformed, "signed LEB128 longer than %d bytes for a %d-bit integer", (bits+6)/7, bits)
			}
			n := bits - shift
			v := int64(int8(c<<1)) >> 1
			if v < -(1<<(n-1)) || v >= 1<<(n-1) {
				return 0, pos, errAt(start, ErrMalformed, "signed LEB128 overflows %d bits", bits)
			}
			return result | v<<shift, pos, nil
		}
		result |= int64(c&0x7f) << shift
		shift += 7
		if c&0x80 == 0 {
			if c&0x40 != 0 {
				result |= -1 << shift
			}
			return result, pos, nil
		}
	}
}
