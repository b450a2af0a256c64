package node

import (
	"bytes"
	"context"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestOutboxDeliver(t *testing.T) {
	o := Outbox{Dir: t.TempDir()}
	job := common.Hash{9}
	msg, err := (&UpdateMessage{JobID: job, ReceiptID: common.Hash{5}, Samples: 3}).Encode()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		msg  []byte
		ok   bool
	}{
		{name: "first", msg: msg, ok: true},
		{name: "resent after a crash", msg: msg, ok: true},
		{name: "not a message", msg: []byte("{"), ok: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := o.Deliver(context.Background(), job, tc.msg)
			if (err == nil) != tc.ok {
				t.Fatalf("Deliver: %v", err)
			}
		})
	}
	got, err := os.ReadFile(o.Path(job, common.Hash{5}))
	if err != nil || !bytes.Equal(got, msg) {
		t.Fatalf("outbox holds %q (%v)", got, err)
	}
	entries, _ := os.ReadDir(o.Dir + "/" + job.Hex())
	if len(entries) != 1 {
		t.Errorf("%d files for one receipt", len(entries))
	}
}
