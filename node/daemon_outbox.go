package node

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/decentralized-ml/dml/internal/atomicfile"
	"github.com/ethereum/go-ethereum/common"
)

// Outbox delivers update messages to a directory the job's aggregator
// collects from (a synced folder, a mount): DIR/JOB/RECEIPT.json, written
// atomically. Delivering the same message twice rewrites the same file.
type Outbox struct{ Dir string }

// Deliver is a node.Deliver.
func (o Outbox) Deliver(_ context.Context, job common.Hash, msg []byte) error {
	m, err := DecodeMessage(msg)
	if err != nil {
		return err
	}
	dir := filepath.Join(o.Dir, job.Hex())
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("outbox: %v: check that %s is writable", err, o.Dir)
	}
	return atomicfile.Write(filepath.Join(dir, m.ReceiptID.Hex()+".json"), msg)
}

// Path is where Deliver puts a job's message for a receipt.
func (o Outbox) Path(job, receipt common.Hash) string {
	return filepath.Join(o.Dir, job.Hex(), receipt.Hex()+".json")
}
