package ipfs

import (
	"fmt"
	"strings"

	"github.com/ipfs/go-cid"
)

// ParseCID parses a CID string (CIDv0 "Qm…" or any multibase CIDv1), with
// an error wrapping ErrBadCID that quotes the input.
func ParseCID(s string) (cid.Cid, error) {
	t := strings.TrimSpace(s)
	t = strings.TrimPrefix(t, "/ipfs/")
	if t == "" {
		return cid.Undef, fmt.Errorf("%w: empty string: pass a CID such as bafkrei… or Qm…", ErrBadCID)
	}
	c, err := cid.Decode(t)
	if err != nil {
		return cid.Undef, fmt.Errorf("%w %q: %v: pass a CID such as bafkrei… or Qm…", ErrBadCID, s, err)
	}
	return c, nil
}
