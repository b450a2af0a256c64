package main

import (
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/decentralized-ml/dml/marketplace"
)

// txReport is one chain action of a command as --json prints it: sent false
// means it was already done and nothing was sent (nothing paid twice).
type txReport struct {
	Action  string `json:"action"`
	Sent    bool   `json:"sent"`
	Hash    string `json:"tx,omitempty"`
	GasUsed uint64 `json:"chain_gas_used,omitempty"`
	Block   uint64 `json:"block,omitempty"`
}

func newTxReport(action string, info marketplace.TxInfo) txReport {
	r := txReport{Action: action, Sent: info.Sent}
	if info.Sent {
		r.Hash, r.GasUsed, r.Block = info.Hash.Hex(), info.GasUsed, info.Block
	}
	return r
}

// printTxs writes one line per chain action.
func printTxs(w io.Writer, txs []txReport) {
	for _, t := range txs {
		if !t.Sent {
			fmt.Fprintf(w, "%-14s already done: nothing sent\n", t.Action)
			continue
		}
		fmt.Fprintf(w, "%-14s tx %s  chain gas %d  block %d\n", t.Action, t.Hash, t.GasUsed, t.Block)
	}
}

// tokenDecimals is the DML token's (OpenZeppelin ERC-20 default).
const tokenDecimals = 18

// formatUnits writes an amount in base units as a decimal with 18 places,
// trailing zeros dropped ("1000000", "0.000123").
func formatUnits(v *big.Int) string {
	if v == nil {
		return "0"
	}
	neg := v.Sign() < 0
	s := new(big.Int).Abs(v).String()
	if len(s) <= tokenDecimals {
		s = strings.Repeat("0", tokenDecimals-len(s)+1) + s
	}
	whole, frac := s[:len(s)-tokenDecimals], strings.TrimRight(s[len(s)-tokenDecimals:], "0")
	out := whole
	if frac != "" {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}

// parseAmount reads a non-negative integer amount in base units.
func parseAmount(flag, s string) (*big.Int, error) {
	v, ok := new(big.Int).SetString(strings.ReplaceAll(s, "_", ""), 10)
	if !ok || v.Sign() < 0 {
		return nil, withCode(ExitUsage, fmt.Errorf("--%s %q: want a non-negative integer in token base units (1 DML = 10^18)", flag, s))
	}
	return v, nil
}
