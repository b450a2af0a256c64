package marketplace

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// EIP-712 domain names; they must match the contracts' constructors.
const (
	registryDomainName = "DML AlgorithmRegistry"
	escrowDomainName   = "DML JobEscrow"
	domainVersion      = "1"
)

var domainType = []apitypes.Type{
	{Name: "name", Type: "string"},
	{Name: "version", Type: "string"},
	{Name: "chainId", Type: "uint256"},
	{Name: "verifyingContract", Type: "address"},
}

// typedDigest is the EIP-712 digest of one primary type in the domain of the
// contract at verifying on chainID.
func typedDigest(domainName string, chainID *big.Int, verifying common.Address, primary string, fields []apitypes.Type, msg apitypes.TypedDataMessage) ([32]byte, error) {
	td := apitypes.TypedData{
		Types:       apitypes.Types{"EIP712Domain": domainType, primary: fields},
		PrimaryType: primary,
		Domain: apitypes.TypedDataDomain{
			Name:              domainName,
			Version:           domainVersion,
			ChainId:           (*math.HexOrDecimal256)(new(big.Int).Set(chainID)),
			VerifyingContract: verifying.Hex(),
		},
		Message: msg,
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		return [32]byte{}, fmt.Errorf("eip-712 %s: %w", primary, err)
	}
	var out [32]byte
	copy(out[:], h)
	return out, nil
}

func u(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

func bigOrZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}
