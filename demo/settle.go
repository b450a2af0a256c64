package demo

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/decentralized-ml/dml/marketplace"
	"github.com/decentralized-ml/dml/report"
	"github.com/ethereum/go-ethereum/common"
)

// settle moves chain time past every challenge window and deadline, pays
// every receipt in one batch, refunds what is left of each job, and checks
// that the escrow balances to the wei: deposits = device pay + royalties +
// refunds, each device got gas_used × gas_price, and the escrow holds
// nothing more.
func (w *world) settle(ctx context.Context, jobs, receiptIDs []common.Hash, rep *report.Report) (report.Money, error) {
	if err := w.chain.Advance(25 * time.Hour); err != nil {
		return report.Money{}, err
	}
	if _, err := w.client.SettleBatch(ctx, w.customer, receiptIDs); err != nil {
		return report.Money{}, fmt.Errorf("settle: %w", err)
	}
	for _, d := range w.devices {
		for _, j := range jobs {
			if err := d.MarkSettled(j); err != nil {
				return report.Money{}, err
			}
		}
	}
	deposits, paid, refunds := new(big.Int), new(big.Int), new(big.Int)
	for _, j := range jobs {
		if _, _, err := w.client.Refund(ctx, w.customer, j); err != nil {
			return report.Money{}, fmt.Errorf("refund: %w", err)
		}
		job, err := w.client.Job(ctx, j)
		if err != nil {
			return report.Money{}, err
		}
		deposits.Add(deposits, job.Deposit)
		paid.Add(paid, job.Paid)
		refunds.Add(refunds, job.Refunded)
	}
	devicePay, royalties := new(big.Int), new(big.Int)
	perDevice := map[common.Address]*big.Int{}
	gasPer := map[common.Address]uint64{}
	for i := range rep.Rounds {
		for k := range rep.Rounds[i].Runs {
			run := &rep.Rounds[i].Runs[k]
			rec, err := w.client.Receipt(ctx, common.HexToHash(run.ReceiptID))
			if err != nil {
				return report.Money{}, err
			}
			if rec.State != marketplace.ReceiptSettled {
				return report.Money{}, fmt.Errorf("%w: receipt %s is %s after settlement", ErrUnbalanced, run.ReceiptID, rec.State)
			}
			want := new(big.Int).Mul(new(big.Int).SetUint64(run.GasUsed), big.NewInt(w.cfg.GasPrice))
			if rec.DevicePay.Cmp(want) != 0 {
				return report.Money{}, fmt.Errorf("%w: receipt %s paid %s, gas %d × price %d = %s", ErrUnbalanced, run.ReceiptID, rec.DevicePay, run.GasUsed, w.cfg.GasPrice, want)
			}
			run.DevicePay, run.AuthorFee = rec.DevicePay.String(), rec.AuthorFee.String()
			devicePay.Add(devicePay, rec.DevicePay)
			royalties.Add(royalties, rec.AuthorFee)
			if perDevice[rec.Device] == nil {
				perDevice[rec.Device] = new(big.Int)
			}
			perDevice[rec.Device].Add(perDevice[rec.Device], rec.DevicePay)
			gasPer[rec.Device] += run.GasUsed
		}
	}
	total := new(big.Int).Add(devicePay, royalties)
	if total.Cmp(paid) != 0 || new(big.Int).Add(total, refunds).Cmp(deposits) != 0 {
		return report.Money{}, fmt.Errorf("%w: deposits %s, device pay %s + royalties %s + refunds %s (escrow says paid %s)", ErrUnbalanced, deposits, devicePay, royalties, refunds, paid)
	}
	for _, d := range w.devices {
		bal, err := w.client.TokenBalance(ctx, d.Signer.Address)
		if err != nil {
			return report.Money{}, err
		}
		got := perDevice[d.Signer.Address]
		if got == nil {
			got = new(big.Int)
		}
		if bal.Cmp(got) != 0 {
			return report.Money{}, fmt.Errorf("%w: device %s holds %s tokens, its receipts paid %s", ErrUnbalanced, d.Signer.Address, bal, got)
		}
		rep.Devices = append(rep.Devices, report.Device{Address: d.Signer.Address.Hex(), Samples: d.Samples, GasUsed: gasPer[d.Signer.Address], Paid: got.String()})
	}
	for _, c := range []struct {
		who  string
		addr common.Address
		want *big.Int
	}{{"author", w.author.Address, royalties}, {"escrow", w.client.Addresses().Escrow, new(big.Int)}} {
		bal, err := w.client.TokenBalance(ctx, c.addr)
		if err != nil {
			return report.Money{}, err
		}
		if bal.Cmp(c.want) != 0 {
			return report.Money{}, fmt.Errorf("%w: the %s holds %s tokens, want %s", ErrUnbalanced, c.who, bal, c.want)
		}
	}
	return report.Money{Deposits: deposits.String(), DevicePay: devicePay.String(), Royalties: royalties.String(), Refunds: refunds.String()}, nil
}
