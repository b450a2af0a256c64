package receipt

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
)

// ErrEdited is returned when a receipt's id does not match its contents.
var ErrEdited = errors.New("receipt was edited: id does not match its contents")

// CanonicalJSON is the form ReceiptID hashes: the receipt without
// receipt_id, as a JSON object with keys sorted bytewise, no whitespace,
// integers in decimal, and no HTML escaping.
func (r *Receipt) CanonicalJSON() ([]byte, error) {
	c := *r
	c.ReceiptID = ""
	raw, err := json.Marshal(&c)
	if err != nil {
		return nil, fmt.Errorf("receipt: encode: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var fields map[string]any
	if err := dec.Decode(&fields); err != nil {
		return nil, fmt.Errorf("receipt: encode: %w", err)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(fields); err != nil { // maps encode with sorted keys
		return nil, fmt.Errorf("receipt: encode: %w", err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// ComputeID is the hex sha256 of CanonicalJSON.
func (r *Receipt) ComputeID() (string, error) {
	c, err := r.CanonicalJSON()
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(c)
	return hex.EncodeToString(sum[:]), nil
}

// Seal sets ReceiptID from the current contents.
func (r *Receipt) Seal() error {
	id, err := r.ComputeID()
	if err != nil {
		return err
	}
	r.ReceiptID = id
	return nil
}

// CheckID verifies that ReceiptID matches the contents.
func (r *Receipt) CheckID() error {
	id, err := r.ComputeID()
	if err != nil {
		return err
	}
	if r.ReceiptID != id {
		return fmt.Errorf("%w (receipt_id %q, contents hash to %s): obtain the original receipt", ErrEdited, r.ReceiptID, id)
	}
	return nil
}
