package main

import (
	"bytes"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/decentralized-ml/dml/marketplace"
)

func TestFormatUnits(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"0", "0"},
		{"1", "0.000000000000000001"},
		{"1000000000000000000", "1"},
		{"1500000000000000000", "1.5"},
		{"1000000000000000000000000", "1000000"},
		{"-2500000000000000000", "-2.5"},
	}
	for _, tc := range tests {
		v, _ := new(big.Int).SetString(tc.in, 10)
		if got := formatUnits(v); got != tc.want {
			t.Errorf("formatUnits(%s) = %s, want %s", tc.in, got, tc.want)
		}
	}
	if formatUnits(nil) != "0" {
		t.Error("nil is not 0")
	}
}

func TestParseAmount(t *testing.T) {
	if v, err := parseAmount("price", "1_000"); err != nil || v.Int64() != 1000 {
		t.Errorf("1_000: %v %v", v, err)
	}
	for _, bad := range []string{"-1", "1.5", "x", ""} {
		if _, err := parseAmount("price", bad); exitCodeOf(err) != ExitUsage {
			t.Errorf("%q: %v", bad, err)
		}
	}
}

func TestPrintTxs(t *testing.T) {
	var b bytes.Buffer
	printTxs(&b, []txReport{
		newTxReport("settle", marketplace.TxInfo{Sent: true, Hash: common.HexToHash("0x01"), GasUsed: 61234, Block: 9}),
		newTxReport("settle", marketplace.TxInfo{}),
	})
	out := b.String()
	if !strings.Contains(out, "chain gas 61234") || !strings.Contains(out, "already done: nothing sent") {
		t.Errorf("output:\n%s", out)
	}
}
