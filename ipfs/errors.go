package ipfs

import "errors"

// Sentinel errors; every error this package returns wraps one of them where
// one applies, so callers test with errors.Is.
var (
	// ErrNotFound: a block is missing from the local store.
	ErrNotFound = errors.New("block not in the local store")
	// ErrHashMismatch: bytes do not hash to the CID they were given under.
	ErrHashMismatch = errors.New("block bytes do not match their CID")
	// ErrCorrupt is ErrHashMismatch: a block on disk no longer matches its CID.
	ErrCorrupt = ErrHashMismatch
	// ErrBadCID: a string or byte sequence is not a valid CID.
	ErrBadCID = errors.New("malformed CID")
	// ErrTruncatedCAR: a CAR stream ended in the middle of a section.
	ErrTruncatedCAR = errors.New("truncated CAR")
	// ErrNotCAR: a stream is not a CAR (bad header or section).
	ErrNotCAR = errors.New("not a valid CAR")
	// ErrUnsupported: a CID codec or UnixFS node kind this package cannot walk.
	ErrUnsupported = errors.New("unsupported content")
	// ErrUnavailable: no configured gateway or node could provide a block.
	ErrUnavailable = errors.New("content unavailable from every source tried")
	// ErrClosed: the Store was used after Close.
	ErrClosed = errors.New("store is closed")
	// ErrNotPinned: Unpin of a CID that is not pinned.
	ErrNotPinned = errors.New("not pinned")
)
