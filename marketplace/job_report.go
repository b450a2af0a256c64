package marketplace

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// ReportOf reads the report CID recorded for a job ("" when none is).
func (c *Client) ReportOf(ctx context.Context, jobID common.Hash) (string, error) {
	if err := c.requireCheckpoints("read report"); err != nil {
		return "", err
	}
	raw, err := c.ckpt.CallRaw(c.callOpts(ctx), c.ckptABI.PackReportOf(jobID))
	if err != nil {
		return "", chainError("read report", err)
	}
	return c.ckptABI.UnpackReportOf(raw)
}

// RecordReport records the job's report CID on chain; only the job's
// customer may. The same CID recorded again sends nothing; a different one
// is refused with ErrReportRecorded.
func (c *Client) RecordReport(ctx context.Context, customer *Signer, jobID common.Hash, reportCID string) (TxInfo, error) {
	if reportCID == "" {
		return TxInfo{}, fmt.Errorf("record report: %w: the report CID is empty: publish the report first", ErrInvalidInput)
	}
	cur, err := c.ReportOf(ctx, jobID)
	if err != nil {
		return TxInfo{}, err
	}
	switch cur {
	case reportCID:
		return TxInfo{}, nil
	case "":
		return c.send(ctx, "record report", customer, c.ckpt, c.ckptABI.PackRecordReport(jobID, reportCID))
	}
	return TxInfo{}, fmt.Errorf("record report for job %s: %w: %s: a job's report is recorded once; post a new job for a new report", jobID, ErrReportRecorded, cur)
}
