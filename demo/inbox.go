package demo

import (
	"context"
	"slices"
	"sync"

	"github.com/decentralized-ml/dml/node"
	"github.com/ethereum/go-ethereum/common"
)

// Inbox is the aggregator's end of the devices' channel: it keeps one
// message per receipt id and job (a resent message is dropped), and a copy
// of every message as sent, for the privacy check.
type Inbox struct {
	mu   sync.Mutex
	jobs map[common.Hash]map[common.Hash][]byte
	sent [][]byte
}

// NewInbox makes an empty inbox.
func NewInbox() *Inbox { return &Inbox{jobs: map[common.Hash]map[common.Hash][]byte{}} }

// Deliver is a node.Deliver.
func (in *Inbox) Deliver(_ context.Context, job common.Hash, msg []byte) error {
	m, err := node.DecodeMessage(msg)
	if err != nil {
		return err
	}
	in.mu.Lock()
	defer in.mu.Unlock()
	in.sent = append(in.sent, slices.Clone(msg))
	if in.jobs[job] == nil {
		in.jobs[job] = map[common.Hash][]byte{}
	}
	in.jobs[job][m.ReceiptID] = slices.Clone(msg)
	return nil
}

// Messages are a job's messages, one per receipt.
func (in *Inbox) Messages(job common.Hash) [][]byte {
	in.mu.Lock()
	defer in.mu.Unlock()
	var out [][]byte
	for _, m := range in.jobs[job] {
		out = append(out, m)
	}
	return out
}

// Sent is every message ever delivered, resends included.
func (in *Inbox) Sent() [][]byte {
	in.mu.Lock()
	defer in.mu.Unlock()
	return slices.Clone(in.sent)
}
