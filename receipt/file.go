package receipt

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/decentralized-ml/dml/internal/atomicfile"
)

// ErrFormat is returned by Read for a file that is not a receipt this
// package can read.
var ErrFormat = errors.New("not a readable receipt")

// Write stores the receipt as indented JSON at path, atomically: a reader
// sees the old file or the whole new one, never a part.
func (r *Receipt) Write(path string) error {
	if err := r.CheckID(); err != nil {
		return fmt.Errorf("write receipt %s: %w", path, err)
	}
	data, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("write receipt %s: %w", path, err)
	}
	return atomicfile.Write(path, append(data, '\n'))
}

// Read loads a receipt and checks its id; an edited receipt gives ErrEdited.
func Read(path string) (*Receipt, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read receipt: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var r Receipt
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("%s: %w: %v", path, ErrFormat, err)
	}
	if r.Version != FormatVersion {
		return nil, fmt.Errorf("%s: %w: version %d, this dmlrun reads version %d", path, ErrFormat, r.Version, FormatVersion)
	}
	if r.ReceiptID == "" {
		return nil, fmt.Errorf("%s: %w: receipt_id is missing", path, ErrFormat)
	}
	if err := r.CheckID(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &r, nil
}
