package marketplace

import (
	"context"
	"errors"
	"testing"
)

func TestRecordReport(t *testing.T) {
	w := newApprovalWorld(t)
	ctx := context.Background()
	const cid = "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"
	raw := func(from *Signer, reportCID string) error {
		_, err := w.c.send(ctx, "raw record", from, w.c.ckpt, w.c.ckptABI.PackRecordReport(w.jobA, reportCID))
		return err
	}
	if got, err := w.c.ReportOf(ctx, w.jobA); err != nil || got != "" {
		t.Fatalf("report of a fresh job: %q, %v", got, err)
	}
	// In order: each case sees the chain the cases before it left.
	cases := []struct {
		name     string
		do       func() (TxInfo, error)
		want     error
		wantName string
		sent     bool
	}{
		{name: "empty CID", do: func() (TxInfo, error) { return w.c.RecordReport(ctx, w.customer, w.jobA, "") }, want: ErrInvalidInput},
		{name: "empty CID, raw", do: func() (TxInfo, error) { return TxInfo{}, raw(w.customer, "") }, want: ErrInvalidInput, wantName: "EmptyField"},
		{name: "not the customer", do: func() (TxInfo, error) { return w.c.RecordReport(ctx, w.outsider, w.jobA, cid) }, want: ErrNotCustomer, wantName: "NotCustomer"},
		{name: "unknown job", do: func() (TxInfo, error) { return w.c.RecordReport(ctx, w.customer, ckptHash("no job"), cid) }, want: ErrJobNotFound, wantName: "JobNotFound"},
		{name: "customer records", do: func() (TxInfo, error) { return w.c.RecordReport(ctx, w.customer, w.jobA, cid) }, sent: true},
		{name: "same CID again sends nothing", do: func() (TxInfo, error) { return w.c.RecordReport(ctx, w.customer, w.jobA, cid) }},
		{name: "same CID again, raw, is a no-op", do: func() (TxInfo, error) { return TxInfo{Sent: true}, raw(w.customer, cid) }, sent: true},
		{name: "another CID", do: func() (TxInfo, error) { return w.c.RecordReport(ctx, w.customer, w.jobA, "bafkreiother") }, want: ErrReportRecorded},
		{name: "another CID, raw", do: func() (TxInfo, error) { return TxInfo{}, raw(w.customer, "bafkreiother") }, want: ErrReportRecorded, wantName: "ReportAlreadyRecorded"},
	}
	for _, tc := range cases {
		info, err := tc.do()
		if tc.want != nil {
			if !errors.Is(err, tc.want) || revertName(err) != tc.wantName {
				t.Errorf("%s: error %v (revert %q), want %v (revert %q)", tc.name, err, revertName(err), tc.want, tc.wantName)
			}
		} else if err != nil || info.Sent != tc.sent {
			t.Errorf("%s: sent %v, error %v; want sent %v", tc.name, info.Sent, err, tc.sent)
		} else if info.GasUsed > 0 {
			t.Logf("%s: %d gas", tc.name, info.GasUsed)
		}
		if got, err := w.c.ReportOf(ctx, w.jobA); err != nil || (got != cid && got != "") {
			t.Fatalf("%s: report reads back %q, %v", tc.name, got, err)
		}
	}
	if got, _ := w.c.ReportOf(ctx, w.jobA); got != cid {
		t.Errorf("report of job A is %q, want %q", got, cid)
	}
	if got, _ := w.c.ReportOf(ctx, w.jobB); got != "" {
		t.Errorf("job B has report %q; only job A's was recorded", got)
	}
}
