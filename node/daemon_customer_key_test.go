package node

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

func bigInt(v int64) *big.Int { return big.NewInt(v) }

func TestTxSenderKey(t *testing.T) {
	k := key("sender")
	chainID := big.NewInt(1337)
	to := common.Address{1}
	tests := []struct {
		name   string
		signer types.Signer
		tx     types.TxData
	}{
		{name: "dynamic fee", signer: types.LatestSignerForChainID(chainID), tx: &types.DynamicFeeTx{ChainID: chainID, Nonce: 3, GasTipCap: bigInt(1), GasFeeCap: bigInt(2), Gas: 21000, To: &to}},
		{name: "legacy eip155", signer: types.NewEIP155Signer(chainID), tx: &types.LegacyTx{Nonce: 1, GasPrice: bigInt(1), Gas: 21000, To: &to}},
		{name: "legacy homestead", signer: types.HomesteadSigner{}, tx: &types.LegacyTx{Nonce: 2, GasPrice: bigInt(1), Gas: 21000, To: &to}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tx, err := types.SignNewTx(k, tc.signer, tc.tx)
			if err != nil {
				t.Fatal(err)
			}
			pub, err := TxSenderKey(tx, chainID)
			if err != nil {
				t.Fatal(err)
			}
			if !pub.Equal(&k.PublicKey) {
				t.Errorf("recovered %s, want %s", crypto.PubkeyToAddress(*pub), crypto.PubkeyToAddress(k.PublicKey))
			}
		})
	}
}

// TestPosterKeys recovers the customer's key from their post transaction
// on a simulated chain, and refuses an address that never posted.
func TestPosterKeys(t *testing.T) {
	w := newTestWorld(t)
	w.post(t, "poster key")
	keys := PosterKeys{Chain: w.sim.Client(), ChainID: w.client.ChainID(), Escrow: w.client.Addresses().Escrow}
	pub, err := keys.Key(context.Background(), w.customer.Address)
	if err != nil {
		t.Fatal(err)
	}
	if !pub.Equal(&w.custKey.PublicKey) {
		t.Errorf("recovered the key of %s", crypto.PubkeyToAddress(*pub))
	}
	if _, err := keys.Key(context.Background(), w.device.Address); !errors.Is(err, ErrNoCustomerKey) {
		t.Errorf("a device that posted nothing: %v", err)
	}
}
